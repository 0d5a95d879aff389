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



extern "C" __global__ void k_e05554eb_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::indexedarray_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::indexedfabricarray_t<wp::float32> var_c)
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
        wp::int32 var_1;
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def k(a: wp.indexedarray[float, Literal[2]], b: wp.array[float, Literal[3]], c: wp.indexedfabricarray[wp.float32, Literal[1]]):       <L 7>
        // i, j = wp.tid()                                                                        <L 8>
        builtin_tid2d(var_0, var_1);
        // a[i, j] = b[i, j, 0] + c[i]                                                            <L 9>
        var_3 = wp::address(var_b, var_0, var_1, var_2);
        var_4 = wp::address(var_c, var_0);
        var_6 = wp::load(var_3);
        var_7 = wp::load(var_4);
        var_5 = wp::add(var_6, var_7);
        wp::array_store(var_a, var_0, var_1, var_5);
    }
}



extern "C" __global__ void k_e05554eb_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::indexedarray_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::indexedfabricarray_t<wp::float32> var_c,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b,
    wp::indexedfabricarray_t<wp::float32> adj_c)
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
        wp::int32 var_1;
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        //---------
        // forward
        // def k(a: wp.indexedarray[float, Literal[2]], b: wp.array[float, Literal[3]], c: wp.indexedfabricarray[wp.float32, Literal[1]]):       <L 7>
        // i, j = wp.tid()                                                                        <L 8>
        builtin_tid2d(var_0, var_1);
        // a[i, j] = b[i, j, 0] + c[i]                                                            <L 9>
        var_3 = wp::address(var_b, var_0, var_1, var_2);
        var_4 = wp::address(var_c, var_0);
        var_6 = wp::load(var_3);
        var_7 = wp::load(var_4);
        var_5 = wp::add(var_6, var_7);
        // wp::array_store(var_a, var_0, var_1, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_1, var_5, adj_a, adj_0, adj_1, adj_5);
        wp::adj_add(var_6, var_7, adj_3, adj_4, adj_5);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_4);
        wp::adj_address(var_b, var_0, var_1, var_2, adj_b, adj_0, adj_1, adj_2, adj_3);
        // adj: a[i, j] = b[i, j, 0] + c[i]                                                       <L 9>
        // adj: i, j = wp.tid()                                                                   <L 8>
        // adj: def k(a: wp.indexedarray[float, Literal[2]], b: wp.array[float, Literal[3]], c: wp.indexedfabricarray[wp.float32, Literal[1]]):  <L 7>
        continue;
    }
}

