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


// warpsynth/func_loop_if.py:3
static CUDA_CALLABLE wp::float32 sq_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def sq(x: float):                                                                      <L 4>
    // return x * x                                                                           <L 5>
    var_0 = wp::mul(var_x, var_x);
    return var_0;
}


// warpsynth/func_loop_if.py:3
static CUDA_CALLABLE void adj_sq_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def sq(x: float):                                                                      <L 4>
    // return x * x                                                                           <L 5>
    var_0 = wp::mul(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x                                                                      <L 5>
    // adj: def sq(x: float):                                                                 <L 4>
    return;
}



extern "C" __global__ void k_194b9d25_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::int32 var_n)
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        wp::range_t var_3;
        wp::int32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 1.0;
        bool var_10;
        wp::float32 var_11;
        //---------
        // forward
        // def k(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):                     <L 8>
        // tid = wp.tid()                                                                         <L 9>
        var_0 = builtin_tid1d();
        // s = float(0.0)                                                                         <L 10>
        var_2 = wp::float(var_1);
        // for i in range(n):                                                                     <L 11>
        var_3 = wp::range(var_n);
        start_for_0:;
            if (iter_cmp(var_3) == 0) goto end_for_0;
            var_4 = wp::iter_next(var_3);
            // s = s + sq(a[tid])                                                                 <L 12>
            var_5 = wp::address(var_a, var_0);
            var_7 = wp::load(var_5);
            var_6 = sq_0(var_7);
            var_8 = wp::add(var_2, var_6);
            wp::assign(var_2, var_8);
            goto start_for_0;
        end_for_0:;
        // if s > 1.0:                                                                            <L 13>
        var_10 = (var_2 > var_9);
        if (var_10) {
            // b[tid] = wp.sin(s)                                                                 <L 14>
            var_11 = wp::sin(var_2);
            wp::array_store(var_b, var_0, var_11);
        }
        if (!var_10) {
            // b[tid] = s                                                                         <L 16>
            wp::array_store(var_b, var_0, var_2);
        }
    }
}



extern "C" __global__ void k_194b9d25_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::int32 var_n,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b,
    wp::int32 adj_n)
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        wp::range_t var_3;
        wp::int32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 1.0;
        bool var_10;
        wp::float32 var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::range_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        bool adj_10 = {};
        wp::float32 adj_11 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):                     <L 8>
        // tid = wp.tid()                                                                         <L 9>
        var_0 = builtin_tid1d();
        // s = float(0.0)                                                                         <L 10>
        var_2 = wp::float(var_1);
        // for i in range(n):                                                                     <L 11>
        var_3 = wp::range(var_n);
        // if s > 1.0:                                                                            <L 13>
        var_10 = (var_2 > var_9);
        if (var_10) {
            // b[tid] = wp.sin(s)                                                                 <L 14>
            var_11 = wp::sin(var_2);
            // wp::array_store(var_b, var_0, var_11);
        }
        if (!var_10) {
            // b[tid] = s                                                                         <L 16>
            // wp::array_store(var_b, var_0, var_2);
        }
        //---------
        // reverse
        if (!var_10) {
            wp::adj_array_store(var_b, var_0, var_2, adj_b, adj_0, adj_2);
            // adj: b[tid] = s                                                                    <L 16>
        }
        if (var_10) {
            wp::adj_array_store(var_b, var_0, var_11, adj_b, adj_0, adj_11);
            wp::adj_sin(var_2, adj_2, adj_11);
            // adj: b[tid] = wp.sin(s)                                                            <L 14>
        }
        // adj: if s > 1.0:                                                                       <L 13>
        var_3 = wp::iter_reverse(var_3);
        start_for_0:;
            if (iter_cmp(var_3) == 0) goto end_for_0;
            var_4 = wp::iter_next(var_3);
        	adj_5 = {};
        	adj_6 = {};
        	adj_7 = {};
        	adj_8 = {};
            // s = s + sq(a[tid])                                                                 <L 12>
            var_5 = wp::address(var_a, var_0);
            var_7 = wp::load(var_5);
            var_6 = sq_0(var_7);
            var_8 = wp::add(var_2, var_6);
            wp::assign(var_2, var_8);
            wp::adj_assign(var_2, var_8, adj_2, adj_8);
            wp::adj_add(var_2, var_6, adj_2, adj_6, adj_8);
            adj_sq_0(var_7, adj_5, adj_6);
            wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
            // adj: s = s + sq(a[tid])                                                            <L 12>
        	goto start_for_0;
        end_for_0:;
        // adj: for i in range(n):                                                                <L 11>
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: s = float(0.0)                                                                    <L 10>
        // adj: tid = wp.tid()                                                                    <L 9>
        // adj: def k(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):                <L 8>
        continue;
    }
}

