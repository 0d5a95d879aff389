#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif

// Maximum registers per thread. __maxnreg__ was added in CUDA Toolkit 12.4;
// older toolkits ignore the opt-in so the same source remains compilable.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ > 12 || (__CUDACC_VER_MAJOR__ == 12 && __CUDACC_VER_MINOR__ >= 4))
#define WP_MAXNREG(n) __maxnreg__(n)
#else
#define WP_MAXNREG(n)
#endif

// Allow PTXAS to spill registers into shared memory. CUDA Toolkit 13.0
// introduced the pragma, which is unavailable in device-debug compilation.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ >= 13) && !defined(_DEBUG)
#define WP_ENABLE_SMEM_SPILLING() asm volatile(".pragma \"enable_smem_spilling\";");
#else
#define WP_ENABLE_SMEM_SPILLING()
#endif


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define WP_LTO_LINK_INPUTS 1
extern "C" {
void fft_512_2_75_forward_6(wp::vec2d*, char*);
void fft_512_2_75_inverse_6(wp::vec2d*, char*);
}


extern "C" __global__ void filtered_9b2b4784_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float64>> var_x,
    wp::array_t<wp::vec_t<2, wp::float64>> var_f,
    wp::array_t<wp::vec_t<2, wp::float64>> var_y)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 1;
        const wp::int32 var_2 = 512;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_5;
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,512>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,512>>>{};
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 1;
        const wp::int32 var_9 = 512;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        const wp::int32 var_11 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,512>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,512>>>{};
        const wp::int32 var_14 = 0;
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,512>>> var_15 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,512>>>{};
        const wp::int32 var_16 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_17;
        const wp::int32 var_18 = 0;
        //---------
        // forward
        // def filtered(x: wp.array2d(dtype=wp.vec2d), f: wp.array2d(dtype=wp.vec2d), y: wp.array2d(dtype=wp.vec2d)):       <L 8>
        // i = wp.tid()                                                                           <L 9>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(x, shape=(1, 512), offset=(i, 0))                                     <L 10>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::tuple(var_0, var_4);
        var_6 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 512>(var_x, var_0, var_7);
        // g = wp.tile_load(f, shape=(1, 512), offset=(i, 0))                                     <L 11>
        var_10 = wp::tuple(var_8, var_9);
        var_12 = wp::tuple(var_0, var_11);
        var_13 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 512>(var_f, var_0, var_14);
        // wp.tile_fft(a)                                                                         <L 12>
        tile_fft(fft_512_2_75_forward_6, fft_512_2_75_forward_6, wp::vec2d, 4096, 1, 2, var_6);
        // c = wp.tile_map(wp.cw_mul, a, g)                                                       <L 13>
        var_15 = wp::tile_binary_map(wp::cw_mul, var_6, var_13);
        // wp.tile_ifft(c)                                                                        <L 14>
        tile_ifft(fft_512_2_75_inverse_6, fft_512_2_75_inverse_6, wp::vec2d, 4096, 1, 2, var_15);
        // wp.tile_store(y, c, offset=(i, 0))                                                     <L 15>
        var_17 = wp::tuple(var_0, var_16);
        wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_y, var_0, var_18, var_15);
    }
}

