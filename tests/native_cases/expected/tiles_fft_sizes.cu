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
void fft_1024_4_75_forward_5(wp::vec2f*, char*);
void fft_1024_4_75_forward_6(wp::vec2d*, char*);
void fft_1024_4_75_inverse_5(wp::vec2f*, char*);
void fft_1024_4_75_inverse_6(wp::vec2d*, char*);
void fft_2048_8_75_forward_5(wp::vec2f*, char*);
void fft_2048_8_75_forward_6(wp::vec2d*, char*);
void fft_2048_8_75_inverse_5(wp::vec2f*, char*);
void fft_2048_8_75_inverse_6(wp::vec2d*, char*);
void fft_4096_16_75_forward_5(wp::vec2f*, char*);
void fft_4096_16_75_forward_6(wp::vec2d*, char*);
void fft_4096_16_75_inverse_5(wp::vec2f*, char*);
void fft_4096_16_75_inverse_6(wp::vec2d*, char*);
void fft_8192_32_75_forward_5(wp::vec2f*, char*);
void fft_8192_32_75_inverse_5(wp::vec2f*, char*);
}


extern "C" __global__ void sizes_f64_ae1fc988_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float64>> var_a,
    wp::array_t<wp::vec_t<2, wp::float64>> var_b,
    wp::array_t<wp::vec_t<2, wp::float64>> var_c)
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
        const wp::int32 var_2 = 1024;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_5;
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>>{};
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 1;
        const wp::int32 var_9 = 2048;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        const wp::int32 var_11 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>>{};
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 1;
        const wp::int32 var_16 = 4096;
        wp::tuple_t<wp::int32, wp::int32> var_17;
        const wp::int32 var_18 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_19;
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>> var_20 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>>{};
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_23;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_26;
        const wp::int32 var_27 = 0;
        const wp::int32 var_28 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_29;
        const wp::int32 var_30 = 0;
        //---------
        // forward
        // def sizes_f64(a: wp.array2d(dtype=wp.vec2d), b: wp.array2d(dtype=wp.vec2d), c: wp.array2d(dtype=wp.vec2d)):       <L 29>
        // i = wp.tid()                                                                           <L 30>
        var_0 = builtin_tid1d();
        // ta = wp.tile_load(a, shape=(1, 1024), offset=(i, 0))                                   <L 31>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::tuple(var_0, var_4);
        var_6 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 1024>(var_a, var_0, var_7);
        // tb = wp.tile_load(b, shape=(1, 2048), offset=(i, 0))                                   <L 32>
        var_10 = wp::tuple(var_8, var_9);
        var_12 = wp::tuple(var_0, var_11);
        var_13 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 2048>(var_b, var_0, var_14);
        // tc = wp.tile_load(c, shape=(1, 4096), offset=(i, 0))                                   <L 33>
        var_17 = wp::tuple(var_15, var_16);
        var_19 = wp::tuple(var_0, var_18);
        var_20 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 4096>(var_c, var_0, var_21);
        // wp.tile_ifft(ta)                                                                       <L 34>
        tile_ifft(fft_1024_4_75_inverse_6, fft_1024_4_75_forward_6, wp::vec2d, 8192, 1, 4, var_6);
        // wp.tile_fft(tb)                                                                        <L 35>
        tile_fft(fft_2048_8_75_forward_6, fft_2048_8_75_inverse_6, wp::vec2d, 16384, 1, 8, var_13);
        // wp.tile_fft(tc)                                                                        <L 36>
        tile_fft(fft_4096_16_75_forward_6, fft_4096_16_75_inverse_6, wp::vec2d, 65536, 1, 16, var_20);
        // wp.tile_store(a, ta, offset=(i, 0))                                                    <L 37>
        var_23 = wp::tuple(var_0, var_22);
        wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_a, var_0, var_24, var_6);
        // wp.tile_store(b, tb, offset=(i, 0))                                                    <L 38>
        var_26 = wp::tuple(var_0, var_25);
        wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_b, var_0, var_27, var_13);
        // wp.tile_store(c, tc, offset=(i, 0))                                                    <L 39>
        var_29 = wp::tuple(var_0, var_28);
        wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_c, var_0, var_30, var_20);
    }
}



extern "C" __global__ void sizes_f64_ae1fc988_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float64>> var_a,
    wp::array_t<wp::vec_t<2, wp::float64>> var_b,
    wp::array_t<wp::vec_t<2, wp::float64>> var_c,
    wp::array_t<wp::vec_t<2, wp::float64>> adj_a,
    wp::array_t<wp::vec_t<2, wp::float64>> adj_b,
    wp::array_t<wp::vec_t<2, wp::float64>> adj_c)
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
        const wp::int32 var_2 = 1024;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_5;
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>>{};
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 1;
        const wp::int32 var_9 = 2048;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        const wp::int32 var_11 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>>{};
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 1;
        const wp::int32 var_16 = 4096;
        wp::tuple_t<wp::int32, wp::int32> var_17;
        const wp::int32 var_18 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_19;
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>> var_20 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>>{};
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_23;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_26;
        const wp::int32 var_27 = 0;
        const wp::int32 var_28 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_29;
        const wp::int32 var_30 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> adj_6{};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_12 = {};
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>> adj_13{};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_19 = {};
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>> adj_20{};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_29 = {};
        wp::int32 adj_30 = {};
        //---------
        // forward
        // def sizes_f64(a: wp.array2d(dtype=wp.vec2d), b: wp.array2d(dtype=wp.vec2d), c: wp.array2d(dtype=wp.vec2d)):       <L 29>
        // i = wp.tid()                                                                           <L 30>
        var_0 = builtin_tid1d();
        // ta = wp.tile_load(a, shape=(1, 1024), offset=(i, 0))                                   <L 31>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::tuple(var_0, var_4);
        var_6 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 1024>(var_a, var_0, var_7);
        // tb = wp.tile_load(b, shape=(1, 2048), offset=(i, 0))                                   <L 32>
        var_10 = wp::tuple(var_8, var_9);
        var_12 = wp::tuple(var_0, var_11);
        var_13 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 2048>(var_b, var_0, var_14);
        // tc = wp.tile_load(c, shape=(1, 4096), offset=(i, 0))                                   <L 33>
        var_17 = wp::tuple(var_15, var_16);
        var_19 = wp::tuple(var_0, var_18);
        var_20 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 4096>(var_c, var_0, var_21);
        // wp.tile_ifft(ta)                                                                       <L 34>
        tile_ifft(fft_1024_4_75_inverse_6, fft_1024_4_75_forward_6, wp::vec2d, 8192, 1, 4, var_6);
        // wp.tile_fft(tb)                                                                        <L 35>
        tile_fft(fft_2048_8_75_forward_6, fft_2048_8_75_inverse_6, wp::vec2d, 16384, 1, 8, var_13);
        // wp.tile_fft(tc)                                                                        <L 36>
        tile_fft(fft_4096_16_75_forward_6, fft_4096_16_75_inverse_6, wp::vec2d, 65536, 1, 16, var_20);
        // wp.tile_store(a, ta, offset=(i, 0))                                                    <L 37>
        var_23 = wp::tuple(var_0, var_22);
        // wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_a, var_0, var_24, var_6);
        // wp.tile_store(b, tb, offset=(i, 0))                                                    <L 38>
        var_26 = wp::tuple(var_0, var_25);
        // wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_b, var_0, var_27, var_13);
        // wp.tile_store(c, tc, offset=(i, 0))                                                    <L 39>
        var_29 = wp::tuple(var_0, var_28);
        // wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_c, var_0, var_30, var_20);
        //---------
        // reverse
        wp::adj_tile_store(var_c, var_0, var_30, var_20, adj_c, adj_0, adj_30, adj_20);
        // adj: wp.tile_store(c, tc, offset=(i, 0))                                               <L 39>
        wp::adj_tile_store(var_b, var_0, var_27, var_13, adj_b, adj_0, adj_27, adj_13);
        // adj: wp.tile_store(b, tb, offset=(i, 0))                                               <L 38>
        wp::adj_tile_store(var_a, var_0, var_24, var_6, adj_a, adj_0, adj_24, adj_6);
        // adj: wp.tile_store(a, ta, offset=(i, 0))                                               <L 37>
        adj_tile_fft(fft_4096_16_75_forward_6, fft_4096_16_75_inverse_6, wp::vec2d, 65536, 1, 16, var_20, fft_4096_16_75_forward_6, fft_4096_16_75_inverse_6, wp::vec2d, 65536, 1, 16, adj_20);
        // adj: wp.tile_fft(tc)                                                                   <L 36>
        adj_tile_fft(fft_2048_8_75_forward_6, fft_2048_8_75_inverse_6, wp::vec2d, 16384, 1, 8, var_13, fft_2048_8_75_forward_6, fft_2048_8_75_inverse_6, wp::vec2d, 16384, 1, 8, adj_13);
        // adj: wp.tile_fft(tb)                                                                   <L 35>
        adj_tile_ifft(fft_1024_4_75_inverse_6, fft_1024_4_75_forward_6, wp::vec2d, 8192, 1, 4, var_6, fft_1024_4_75_inverse_6, fft_1024_4_75_forward_6, wp::vec2d, 8192, 1, 4, adj_6);
        // adj: wp.tile_ifft(ta)                                                                  <L 34>
        wp::adj_tile_load(var_c, var_0, var_21, adj_c, adj_0, adj_21, adj_20);
        // adj: tc = wp.tile_load(c, shape=(1, 4096), offset=(i, 0))                              <L 33>
        wp::adj_tile_load(var_b, var_0, var_14, adj_b, adj_0, adj_14, adj_13);
        // adj: tb = wp.tile_load(b, shape=(1, 2048), offset=(i, 0))                              <L 32>
        wp::adj_tile_load(var_a, var_0, var_7, adj_a, adj_0, adj_7, adj_6);
        // adj: ta = wp.tile_load(a, shape=(1, 1024), offset=(i, 0))                              <L 31>
        // adj: i = wp.tid()                                                                      <L 30>
        // adj: def sizes_f64(a: wp.array2d(dtype=wp.vec2d), b: wp.array2d(dtype=wp.vec2d), c: wp.array2d(dtype=wp.vec2d)):  <L 29>
        continue;
    }
}



extern "C" __global__ void sizes_f32_e54cbb46_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_a,
    wp::array_t<wp::vec_t<2, wp::float32>> var_b,
    wp::array_t<wp::vec_t<2, wp::float32>> var_c,
    wp::array_t<wp::vec_t<2, wp::float32>> var_d)
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
        const wp::int32 var_2 = 1024;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_5;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>>{};
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 1;
        const wp::int32 var_9 = 2048;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        const wp::int32 var_11 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>>{};
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 1;
        const wp::int32 var_16 = 4096;
        wp::tuple_t<wp::int32, wp::int32> var_17;
        const wp::int32 var_18 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_19;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>> var_20 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>>{};
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 1;
        const wp::int32 var_23 = 8192;
        wp::tuple_t<wp::int32, wp::int32> var_24;
        const wp::int32 var_25 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_26;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,8192>>> var_27 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,8192>>>{};
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_30;
        const wp::int32 var_31 = 0;
        const wp::int32 var_32 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_33;
        const wp::int32 var_34 = 0;
        const wp::int32 var_35 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_36;
        const wp::int32 var_37 = 0;
        const wp::int32 var_38 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_39;
        const wp::int32 var_40 = 0;
        //---------
        // forward
        // def sizes_f32(                                                                         <L 7>
        // i = wp.tid()                                                                           <L 13>
        var_0 = builtin_tid1d();
        // ta = wp.tile_load(a, shape=(1, 1024), offset=(i, 0))                                   <L 14>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::tuple(var_0, var_4);
        var_6 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 1024>(var_a, var_0, var_7);
        // tb = wp.tile_load(b, shape=(1, 2048), offset=(i, 0))                                   <L 15>
        var_10 = wp::tuple(var_8, var_9);
        var_12 = wp::tuple(var_0, var_11);
        var_13 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 2048>(var_b, var_0, var_14);
        // tc = wp.tile_load(c, shape=(1, 4096), offset=(i, 0))                                   <L 16>
        var_17 = wp::tuple(var_15, var_16);
        var_19 = wp::tuple(var_0, var_18);
        var_20 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 4096>(var_c, var_0, var_21);
        // td = wp.tile_load(d, shape=(1, 8192), offset=(i, 0))                                   <L 17>
        var_24 = wp::tuple(var_22, var_23);
        var_26 = wp::tuple(var_0, var_25);
        var_27 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 8192>(var_d, var_0, var_28);
        // wp.tile_fft(ta)                                                                        <L 18>
        tile_fft(fft_1024_4_75_forward_5, fft_1024_4_75_inverse_5, wp::vec2f, 8192, 1, 4, var_6);
        // wp.tile_fft(tb)                                                                        <L 19>
        tile_fft(fft_2048_8_75_forward_5, fft_2048_8_75_inverse_5, wp::vec2f, 16384, 1, 8, var_13);
        // wp.tile_ifft(tc)                                                                       <L 20>
        tile_ifft(fft_4096_16_75_inverse_5, fft_4096_16_75_forward_5, wp::vec2f, 16384, 1, 16, var_20);
        // wp.tile_fft(td)                                                                        <L 21>
        tile_fft(fft_8192_32_75_forward_5, fft_8192_32_75_inverse_5, wp::vec2f, 65536, 1, 32, var_27);
        // wp.tile_store(a, ta, offset=(i, 0))                                                    <L 22>
        var_30 = wp::tuple(var_0, var_29);
        wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_a, var_0, var_31, var_6);
        // wp.tile_store(b, tb, offset=(i, 0))                                                    <L 23>
        var_33 = wp::tuple(var_0, var_32);
        wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_b, var_0, var_34, var_13);
        // wp.tile_store(c, tc, offset=(i, 0))                                                    <L 24>
        var_36 = wp::tuple(var_0, var_35);
        wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_c, var_0, var_37, var_20);
        // wp.tile_store(d, td, offset=(i, 0))                                                    <L 25>
        var_39 = wp::tuple(var_0, var_38);
        wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_d, var_0, var_40, var_27);
    }
}



extern "C" __global__ void sizes_f32_e54cbb46_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_a,
    wp::array_t<wp::vec_t<2, wp::float32>> var_b,
    wp::array_t<wp::vec_t<2, wp::float32>> var_c,
    wp::array_t<wp::vec_t<2, wp::float32>> var_d,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_a,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_b,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_c,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_d)
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
        const wp::int32 var_2 = 1024;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_5;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>>{};
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 1;
        const wp::int32 var_9 = 2048;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        const wp::int32 var_11 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>>{};
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 1;
        const wp::int32 var_16 = 4096;
        wp::tuple_t<wp::int32, wp::int32> var_17;
        const wp::int32 var_18 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_19;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>> var_20 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>>{};
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 1;
        const wp::int32 var_23 = 8192;
        wp::tuple_t<wp::int32, wp::int32> var_24;
        const wp::int32 var_25 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_26;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,8192>>> var_27 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,8192>>>{};
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_30;
        const wp::int32 var_31 = 0;
        const wp::int32 var_32 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_33;
        const wp::int32 var_34 = 0;
        const wp::int32 var_35 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_36;
        const wp::int32 var_37 = 0;
        const wp::int32 var_38 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_39;
        const wp::int32 var_40 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> adj_6{};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_12 = {};
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>> adj_13{};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_19 = {};
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>> adj_20{};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_24 = {};
        wp::int32 adj_25 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_26 = {};
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,8192>>> adj_27{};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_39 = {};
        wp::int32 adj_40 = {};
        //---------
        // forward
        // def sizes_f32(                                                                         <L 7>
        // i = wp.tid()                                                                           <L 13>
        var_0 = builtin_tid1d();
        // ta = wp.tile_load(a, shape=(1, 1024), offset=(i, 0))                                   <L 14>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::tuple(var_0, var_4);
        var_6 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 1024>(var_a, var_0, var_7);
        // tb = wp.tile_load(b, shape=(1, 2048), offset=(i, 0))                                   <L 15>
        var_10 = wp::tuple(var_8, var_9);
        var_12 = wp::tuple(var_0, var_11);
        var_13 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 2048>(var_b, var_0, var_14);
        // tc = wp.tile_load(c, shape=(1, 4096), offset=(i, 0))                                   <L 16>
        var_17 = wp::tuple(var_15, var_16);
        var_19 = wp::tuple(var_0, var_18);
        var_20 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 4096>(var_c, var_0, var_21);
        // td = wp.tile_load(d, shape=(1, 8192), offset=(i, 0))                                   <L 17>
        var_24 = wp::tuple(var_22, var_23);
        var_26 = wp::tuple(var_0, var_25);
        var_27 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 8192>(var_d, var_0, var_28);
        // wp.tile_fft(ta)                                                                        <L 18>
        tile_fft(fft_1024_4_75_forward_5, fft_1024_4_75_inverse_5, wp::vec2f, 8192, 1, 4, var_6);
        // wp.tile_fft(tb)                                                                        <L 19>
        tile_fft(fft_2048_8_75_forward_5, fft_2048_8_75_inverse_5, wp::vec2f, 16384, 1, 8, var_13);
        // wp.tile_ifft(tc)                                                                       <L 20>
        tile_ifft(fft_4096_16_75_inverse_5, fft_4096_16_75_forward_5, wp::vec2f, 16384, 1, 16, var_20);
        // wp.tile_fft(td)                                                                        <L 21>
        tile_fft(fft_8192_32_75_forward_5, fft_8192_32_75_inverse_5, wp::vec2f, 65536, 1, 32, var_27);
        // wp.tile_store(a, ta, offset=(i, 0))                                                    <L 22>
        var_30 = wp::tuple(var_0, var_29);
        // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_a, var_0, var_31, var_6);
        // wp.tile_store(b, tb, offset=(i, 0))                                                    <L 23>
        var_33 = wp::tuple(var_0, var_32);
        // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_b, var_0, var_34, var_13);
        // wp.tile_store(c, tc, offset=(i, 0))                                                    <L 24>
        var_36 = wp::tuple(var_0, var_35);
        // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_c, var_0, var_37, var_20);
        // wp.tile_store(d, td, offset=(i, 0))                                                    <L 25>
        var_39 = wp::tuple(var_0, var_38);
        // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_d, var_0, var_40, var_27);
        //---------
        // reverse
        wp::adj_tile_store(var_d, var_0, var_40, var_27, adj_d, adj_0, adj_40, adj_27);
        // adj: wp.tile_store(d, td, offset=(i, 0))                                               <L 25>
        wp::adj_tile_store(var_c, var_0, var_37, var_20, adj_c, adj_0, adj_37, adj_20);
        // adj: wp.tile_store(c, tc, offset=(i, 0))                                               <L 24>
        wp::adj_tile_store(var_b, var_0, var_34, var_13, adj_b, adj_0, adj_34, adj_13);
        // adj: wp.tile_store(b, tb, offset=(i, 0))                                               <L 23>
        wp::adj_tile_store(var_a, var_0, var_31, var_6, adj_a, adj_0, adj_31, adj_6);
        // adj: wp.tile_store(a, ta, offset=(i, 0))                                               <L 22>
        adj_tile_fft(fft_8192_32_75_forward_5, fft_8192_32_75_inverse_5, wp::vec2f, 65536, 1, 32, var_27, fft_8192_32_75_forward_5, fft_8192_32_75_inverse_5, wp::vec2f, 65536, 1, 32, adj_27);
        // adj: wp.tile_fft(td)                                                                   <L 21>
        adj_tile_ifft(fft_4096_16_75_inverse_5, fft_4096_16_75_forward_5, wp::vec2f, 16384, 1, 16, var_20, fft_4096_16_75_inverse_5, fft_4096_16_75_forward_5, wp::vec2f, 16384, 1, 16, adj_20);
        // adj: wp.tile_ifft(tc)                                                                  <L 20>
        adj_tile_fft(fft_2048_8_75_forward_5, fft_2048_8_75_inverse_5, wp::vec2f, 16384, 1, 8, var_13, fft_2048_8_75_forward_5, fft_2048_8_75_inverse_5, wp::vec2f, 16384, 1, 8, adj_13);
        // adj: wp.tile_fft(tb)                                                                   <L 19>
        adj_tile_fft(fft_1024_4_75_forward_5, fft_1024_4_75_inverse_5, wp::vec2f, 8192, 1, 4, var_6, fft_1024_4_75_forward_5, fft_1024_4_75_inverse_5, wp::vec2f, 8192, 1, 4, adj_6);
        // adj: wp.tile_fft(ta)                                                                   <L 18>
        wp::adj_tile_load(var_d, var_0, var_28, adj_d, adj_0, adj_28, adj_27);
        // adj: td = wp.tile_load(d, shape=(1, 8192), offset=(i, 0))                              <L 17>
        wp::adj_tile_load(var_c, var_0, var_21, adj_c, adj_0, adj_21, adj_20);
        // adj: tc = wp.tile_load(c, shape=(1, 4096), offset=(i, 0))                              <L 16>
        wp::adj_tile_load(var_b, var_0, var_14, adj_b, adj_0, adj_14, adj_13);
        // adj: tb = wp.tile_load(b, shape=(1, 2048), offset=(i, 0))                              <L 15>
        wp::adj_tile_load(var_a, var_0, var_7, adj_a, adj_0, adj_7, adj_6);
        // adj: ta = wp.tile_load(a, shape=(1, 1024), offset=(i, 0))                              <L 14>
        // adj: i = wp.tid()                                                                      <L 13>
        // adj: def sizes_f32(                                                                    <L 7>
        continue;
    }
}

