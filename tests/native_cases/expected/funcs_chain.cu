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


// warpsynth/funcs_chain.py:4
static CUDA_CALLABLE wp::float32 clamp01_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 1.0;
    bool var_4;
    const wp::float32 var_5 = 1.0;
    //---------
    // forward
    // def clamp01(x: float):                                                                 <L 5>
    // if x < 0.0:                                                                            <L 6>
    var_1 = (var_x < var_0);
    if (var_1) {
        // return 0.0                                                                         <L 7>
        return var_2;
    }
    if (!var_1) {
        // elif x > 1.0:                                                                      <L 8>
        var_4 = (var_x > var_3);
        if (var_4) {
            // return 1.0                                                                     <L 9>
            return var_5;
        }
    }
    // return x                                                                               <L 10>
    return var_x;
}


// warpsynth/funcs_chain.py:13
static CUDA_CALLABLE wp::float32 smooth_0(
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 3.0;
    const wp::float32 var_4 = 2.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def smooth(x: float, y: float) -> float:                                               <L 14>
    // t = clamp01(x - y)                                                                     <L 16>
    var_0 = wp::sub(var_x, var_y);
    var_1 = clamp01_0(var_0);
    // return t * t * (3.0 - 2.0 * t)                                                         <L 17>
    var_2 = wp::mul(var_1, var_1);
    var_5 = wp::mul(var_4, var_1);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::mul(var_2, var_6);
    return var_7;
}


// warpsynth/funcs_chain.py:20
static CUDA_CALLABLE void store_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_i,
    wp::float32 var_v)
{
    //---------
    // primal vars
    //---------
    // forward
    // def store(a: wp.array(dtype=float), i: int, v: float):                                 <L 21>
    // a[i] = v                                                                               <L 22>
    wp::array_store(var_a, var_i, var_v);
}


// warpsynth/funcs_chain.py:4
static CUDA_CALLABLE void adj_clamp01_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 1.0;
    bool var_4;
    const wp::float32 var_5 = 1.0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def clamp01(x: float):                                                                 <L 5>
    // if x < 0.0:                                                                            <L 6>
    var_1 = (var_x < var_0);
    if (var_1) {
        // return 0.0                                                                         <L 7>
        goto label0;
    }
    if (!var_1) {
        // elif x > 1.0:                                                                      <L 8>
        var_4 = (var_x > var_3);
        if (var_4) {
            // return 1.0                                                                     <L 9>
            goto label1;
        }
    }
    // return x                                                                               <L 10>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_x += adj_ret;
    // adj: return x                                                                          <L 10>
    if (!var_1) {
        if (var_4) {
            label1:;
            adj_5 += adj_ret;
            // adj: return 1.0                                                                <L 9>
        }
        // adj: elif x > 1.0:                                                                 <L 8>
    }
    if (var_1) {
        label0:;
        adj_2 += adj_ret;
        // adj: return 0.0                                                                    <L 7>
    }
    // adj: if x < 0.0:                                                                       <L 6>
    // adj: def clamp01(x: float):                                                            <L 5>
    return;
}


// warpsynth/funcs_chain.py:13
static CUDA_CALLABLE void adj_smooth_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 3.0;
    const wp::float32 var_4 = 2.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def smooth(x: float, y: float) -> float:                                               <L 14>
    // t = clamp01(x - y)                                                                     <L 16>
    var_0 = wp::sub(var_x, var_y);
    var_1 = clamp01_0(var_0);
    // return t * t * (3.0 - 2.0 * t)                                                         <L 17>
    var_2 = wp::mul(var_1, var_1);
    var_5 = wp::mul(var_4, var_1);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::mul(var_2, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_sub(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_mul(var_4, var_1, adj_4, adj_1, adj_5);
    wp::adj_mul(var_1, var_1, adj_1, adj_1, adj_2);
    // adj: return t * t * (3.0 - 2.0 * t)                                                    <L 17>
    adj_clamp01_0(var_0, adj_0, adj_1);
    wp::adj_sub(var_x, var_y, adj_x, adj_y, adj_0);
    // adj: t = clamp01(x - y)                                                                <L 16>
    // adj: def smooth(x: float, y: float) -> float:                                          <L 14>
    return;
}


// warpsynth/funcs_chain.py:20
static CUDA_CALLABLE void adj_store_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_i,
    wp::float32 var_v,
    wp::array_t<wp::float32> & adj_a,
    wp::int32 & adj_i,
    wp::float32 & adj_v)
{
    //---------
    // primal vars
    //---------
    // dual vars
    //---------
    // forward
    // def store(a: wp.array(dtype=float), i: int, v: float):                                 <L 21>
    // a[i] = v                                                                               <L 22>
    // wp::array_store(var_a, var_i, var_v);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_i, var_v, adj_a, adj_i, adj_v);
    // adj: a[i] = v                                                                          <L 22>
    // adj: def store(a: wp.array(dtype=float), i: int, v: float):                            <L 21>
    return;
}



extern "C" __global__ void kern_54b68c07_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.5;
        bool var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::float32 var_10;
        //---------
        // forward
        // def kern(a: wp.array(dtype=float), b: wp.array(dtype=float)):                          <L 26>
        // i = wp.tid()                                                                           <L 28>
        var_0 = builtin_tid1d();
        // v = smooth(a[i], b[i])                                                                 <L 30>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = smooth_0(var_4, var_5);
        // store(b, i, v)                                                                         <L 31>
        store_0(var_b, var_0, var_3);
        // if v > 0.5:                                                                            <L 32>
        var_7 = (var_3 > var_6);
        if (var_7) {
            // return                                                                             <L 33>
            continue;
        }
        // b[i] = clamp01(v + 1.0)                                                                <L 34>
        var_9 = wp::add(var_3, var_8);
        var_10 = clamp01_0(var_9);
        wp::array_store(var_b, var_0, var_10);
    }
}



extern "C" __global__ void kern_54b68c07_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.5;
        bool var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::float32 var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        //---------
        // forward
        // def kern(a: wp.array(dtype=float), b: wp.array(dtype=float)):                          <L 26>
        // i = wp.tid()                                                                           <L 28>
        var_0 = builtin_tid1d();
        // v = smooth(a[i], b[i])                                                                 <L 30>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = smooth_0(var_4, var_5);
        // store(b, i, v)                                                                         <L 31>
        store_0(var_b, var_0, var_3);
        // if v > 0.5:                                                                            <L 32>
        var_7 = (var_3 > var_6);
        if (var_7) {
            // return                                                                             <L 33>
            goto label0;
        }
        // b[i] = clamp01(v + 1.0)                                                                <L 34>
        var_9 = wp::add(var_3, var_8);
        var_10 = clamp01_0(var_9);
        // wp::array_store(var_b, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_b, var_0, var_10, adj_b, adj_0, adj_10);
        adj_clamp01_0(var_9, adj_9, adj_10);
        wp::adj_add(var_3, var_8, adj_3, adj_8, adj_9);
        // adj: b[i] = clamp01(v + 1.0)                                                           <L 34>
        if (var_7) {
            label0:;
            // adj: return                                                                        <L 33>
        }
        // adj: if v > 0.5:                                                                       <L 32>
        adj_store_0(var_b, var_0, var_3, adj_b, adj_0, adj_3);
        // adj: store(b, i, v)                                                                    <L 31>
        adj_smooth_0(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: v = smooth(a[i], b[i])                                                            <L 30>
        // adj: i = wp.tid()                                                                      <L 28>
        // adj: def kern(a: wp.array(dtype=float), b: wp.array(dtype=float)):                     <L 26>
        continue;
    }
}

