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


// warpsynth/wp_static_constants.py:11
static CUDA_CALLABLE wp::float32 damp_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.75;
    wp::float32 var_1;
    //---------
    // forward
    // def damp(x: float):                                                                    <L 12>
    // return x * wp.static(1.0 - SCALE)                                                      <L 13>
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// warpsynth/wp_static_constants.py:11
static CUDA_CALLABLE void adj_damp_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.75;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def damp(x: float):                                                                    <L 12>
    // return x * wp.static(1.0 - SCALE)                                                      <L 13>
    var_1 = wp::mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * wp.static(1.0 - SCALE)                                                 <L 13>
    // adj: def damp(x: float):                                                               <L 12>
    return;
}



extern "C" __global__ void k_6d41b326_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::int32> var_b,
    wp::array_t<wp::float32> var_c)
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
        const wp::float32 var_2 = 0.5;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 4;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 11;
        const wp::int32 var_9 = -8;
        wp::int32 var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        const wp::int32 var_13 = 11;
        wp::int32 var_14;
        const wp::float32 var_15 = -0.25;
        const wp::float32 var_16 = 0.25;
        wp::float32 var_17;
        const bool var_18 = true;
        wp::float32 var_19;
        const bool var_20 = false;
        const wp::int32 var_21 = 3;
        const bool var_22 = true;
        const wp::float32 var_23 = 1.0;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        //---------
        // forward
        // def k(a: wp.array(dtype=float), b: wp.array(dtype=int), c: wp.array(dtype=float)):       <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // x = a[i] * wp.static(SCALE * 2.0) + float(N)                                           <L 19>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        var_6 = wp::float(var_5);
        var_7 = wp::add(var_3, var_6);
        // b[i] = wp.static(N * 2 + len(SIZES)) - wp.static(-SIZES[-1]) + wp.static(N // 3)       <L 21>
        var_10 = wp::sub(var_8, var_9);
        var_12 = wp::add(var_10, var_11);
        wp::array_store(var_b, var_0, var_12);
        // b[i] += wp.static( N*2 + len(SIZES) )                                                  <L 22>
        var_14 = wp::atomic_add(var_b, var_0, var_13);
        // y = -wp.static(SCALE) + wp.static(N % 3 == 1 and SCALE or 2.0)                         <L 23>
        var_17 = wp::add(var_15, var_16);
        // if wp.static(USE_DAMPING and N >= 4):                                                  <L 24>
        // x = damp(x)                                                                            <L 25>
        var_19 = damp_0(var_7);
        // if wp.static(not USE_DAMPING):                                                         <L 26>
        // z = wp.static(SIZES[0] if N < 10 else SIZES[1])                                        <L 28>
        // if wp.static(1 < N <= 4):                                                              <L 29>
        // x += 1.0                                                                               <L 30>
        var_24 = wp::add(var_19, var_23);
        // c[i] = x + y + float(z)                                                                <L 31>
        var_25 = wp::add(var_24, var_17);
        var_26 = wp::float(var_21);
        var_27 = wp::add(var_25, var_26);
        wp::array_store(var_c, var_0, var_27);
    }
}



extern "C" __global__ void k_6d41b326_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::int32> var_b,
    wp::array_t<wp::float32> var_c,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::int32> adj_b,
    wp::array_t<wp::float32> adj_c)
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
        const wp::float32 var_2 = 0.5;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 4;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 11;
        const wp::int32 var_9 = -8;
        wp::int32 var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        const wp::int32 var_13 = 11;
        wp::int32 var_14;
        const wp::float32 var_15 = -0.25;
        const wp::float32 var_16 = 0.25;
        wp::float32 var_17;
        const bool var_18 = true;
        wp::float32 var_19;
        const bool var_20 = false;
        const wp::int32 var_21 = 3;
        const bool var_22 = true;
        const wp::float32 var_23 = 1.0;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        bool adj_18 = {};
        wp::float32 adj_19 = {};
        bool adj_20 = {};
        wp::int32 adj_21 = {};
        bool adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float), b: wp.array(dtype=int), c: wp.array(dtype=float)):       <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // x = a[i] * wp.static(SCALE * 2.0) + float(N)                                           <L 19>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        var_6 = wp::float(var_5);
        var_7 = wp::add(var_3, var_6);
        // b[i] = wp.static(N * 2 + len(SIZES)) - wp.static(-SIZES[-1]) + wp.static(N // 3)       <L 21>
        var_10 = wp::sub(var_8, var_9);
        var_12 = wp::add(var_10, var_11);
        // wp::array_store(var_b, var_0, var_12);
        // b[i] += wp.static( N*2 + len(SIZES) )                                                  <L 22>
        // var_14 = wp::atomic_add(var_b, var_0, var_13);
        // y = -wp.static(SCALE) + wp.static(N % 3 == 1 and SCALE or 2.0)                         <L 23>
        var_17 = wp::add(var_15, var_16);
        // if wp.static(USE_DAMPING and N >= 4):                                                  <L 24>
        // x = damp(x)                                                                            <L 25>
        var_19 = damp_0(var_7);
        // if wp.static(not USE_DAMPING):                                                         <L 26>
        // z = wp.static(SIZES[0] if N < 10 else SIZES[1])                                        <L 28>
        // if wp.static(1 < N <= 4):                                                              <L 29>
        // x += 1.0                                                                               <L 30>
        var_24 = wp::add(var_19, var_23);
        // c[i] = x + y + float(z)                                                                <L 31>
        var_25 = wp::add(var_24, var_17);
        var_26 = wp::float(var_21);
        var_27 = wp::add(var_25, var_26);
        // wp::array_store(var_c, var_0, var_27);
        //---------
        // reverse
        wp::adj_array_store(var_c, var_0, var_27, adj_c, adj_0, adj_27);
        wp::adj_add(var_25, var_26, adj_25, adj_26, adj_27);
        wp::adj_float(var_21, adj_21, adj_26);
        wp::adj_add(var_24, var_17, adj_24, adj_17, adj_25);
        // adj: c[i] = x + y + float(z)                                                           <L 31>
        wp::adj_add(var_19, var_23, adj_19, adj_23, adj_24);
        // adj: x += 1.0                                                                          <L 30>
        // adj: if wp.static(1 < N <= 4):                                                         <L 29>
        // adj: z = wp.static(SIZES[0] if N < 10 else SIZES[1])                                   <L 28>
        // adj: if wp.static(not USE_DAMPING):                                                    <L 26>
        adj_damp_0(var_7, adj_7, adj_19);
        // adj: x = damp(x)                                                                       <L 25>
        // adj: if wp.static(USE_DAMPING and N >= 4):                                             <L 24>
        wp::adj_add(var_15, var_16, adj_15, adj_16, adj_17);
        // adj: y = -wp.static(SCALE) + wp.static(N % 3 == 1 and SCALE or 2.0)                    <L 23>
        wp::adj_atomic_add(var_b, var_0, var_13, adj_b, adj_0, adj_13, adj_14);
        // adj: b[i] += wp.static( N*2 + len(SIZES) )                                             <L 22>
        wp::adj_array_store(var_b, var_0, var_12, adj_b, adj_0, adj_12);
        wp::adj_add(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
        // adj: b[i] = wp.static(N * 2 + len(SIZES)) - wp.static(-SIZES[-1]) + wp.static(N // 3)  <L 21>
        wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
        wp::adj_float(var_5, adj_5, adj_6);
        wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = a[i] * wp.static(SCALE * 2.0) + float(N)                                      <L 19>
        // adj: i = wp.tid()                                                                      <L 18>
        // adj: def k(a: wp.array(dtype=float), b: wp.array(dtype=int), c: wp.array(dtype=float)):  <L 17>
        continue;
    }
}

