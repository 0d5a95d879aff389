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



extern "C" __global__ void plain_6c9fc55f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a)
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
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def plain(a: wp.array(dtype=float)):                                                   <L 13>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // if a[i] < 0.0:                                                                         <L 15>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 < var_2);
        if (var_3) {
            // return                                                                             <L 16>
            continue;
        }
        // a[i] = wp.sqrt(a[i])                                                                   <L 17>
        var_5 = wp::address(var_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::sqrt(var_7);
        wp::array_store(var_a, var_0, var_6);
    }
}



extern "C" __global__ void plain_6c9fc55f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> adj_a)
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
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        bool adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        //---------
        // forward
        // def plain(a: wp.array(dtype=float)):                                                   <L 13>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // if a[i] < 0.0:                                                                         <L 15>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 < var_2);
        if (var_3) {
            // return                                                                             <L 16>
            goto label0;
        }
        // a[i] = wp.sqrt(a[i])                                                                   <L 17>
        var_5 = wp::address(var_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::sqrt(var_7);
        // wp::array_store(var_a, var_0, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_6, adj_a, adj_0, adj_6);
        wp::adj_sqrt(var_7, var_6, adj_5, adj_6);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
        // adj: a[i] = wp.sqrt(a[i])                                                              <L 17>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 16>
        }
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: if a[i] < 0.0:                                                                    <L 15>
        // adj: i = wp.tid()                                                                      <L 14>
        // adj: def plain(a: wp.array(dtype=float)):                                              <L 13>
        continue;
    }
}



extern "C" __global__ void scale_8d090349_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::int32 var_n)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        bool var_1;
        wp::float32* var_2;
        const wp::float32 var_3 = 2.0;
        wp::float32 var_4;
        wp::float32 var_5;
        //---------
        // forward
        // def scale(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):                 <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // if i >= n:                                                                             <L 7>
        var_1 = (var_0 >= var_n);
        if (var_1) {
            // return                                                                             <L 8>
            return;
        }
        // b[i] = a[i] * 2.0                                                                      <L 9>
        var_2 = wp::address(var_a, var_0);
        var_5 = wp::load(var_2);
        var_4 = wp::mul(var_5, var_3);
        wp::array_store(var_b, var_0, var_4);
}



extern "C" __global__ void scale_8d090349_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::int32 var_n,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b,
    wp::int32 adj_n)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        bool var_1;
        wp::float32* var_2;
        const wp::float32 var_3 = 2.0;
        wp::float32 var_4;
        wp::float32 var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        //---------
        // forward
        // def scale(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):                 <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // if i >= n:                                                                             <L 7>
        var_1 = (var_0 >= var_n);
        if (var_1) {
            // return                                                                             <L 8>
            goto label0;
        }
        // b[i] = a[i] * 2.0                                                                      <L 9>
        var_2 = wp::address(var_a, var_0);
        var_5 = wp::load(var_2);
        var_4 = wp::mul(var_5, var_3);
        // wp::array_store(var_b, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_b, var_0, var_4, adj_b, adj_0, adj_4);
        wp::adj_mul(var_5, var_3, adj_2, adj_3, adj_4);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
        // adj: b[i] = a[i] * 2.0                                                                 <L 9>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 8>
        }
        // adj: if i >= n:                                                                        <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def scale(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):            <L 5>
        return;
}

