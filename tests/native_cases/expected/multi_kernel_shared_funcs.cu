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


// warpsynth/multi_kernel_shared_funcs.py:8
static CUDA_CALLABLE wp::float32 helper_0(
    wp::float32 var_x,
    wp::int32 var_n)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::range_t var_1;
    wp::int32 var_2;
    const wp::float32 var_3 = 100.0;
    bool var_4;
    const wp::float32 var_5 = 1.5;
    wp::float32 var_6;
    const wp::float32 var_7 = -0.5;
    wp::float32 var_8;
    //---------
    // forward
    // def helper(x: float, n: int) -> float:                                                 <L 9>
    // acc = x                                                                                <L 10>
    var_0 = wp::copy(var_x);
    // for i in range(n):                                                                     <L 11>
    var_1 = wp::range(var_n);
    start_for_0:;
        if (iter_cmp(var_1) == 0) goto end_for_0;
        var_2 = wp::iter_next(var_1);
        // if acc > 100.0:                                                                    <L 12>
        var_4 = (var_0 > var_3);
        if (var_4) {
            // return acc                                                                     <L 13>
            return var_0;
        }
        // acc = acc * 1.5 + neg_half                                                         <L 14>
        var_6 = wp::mul(var_0, var_5);
        var_8 = wp::add(var_6, var_7);
        wp::assign(var_0, var_8);
        goto start_for_0;
    end_for_0:;
    // return acc                                                                             <L 15>
    return var_0;
}


// warpsynth/multi_kernel_shared_funcs.py:18
static CUDA_CALLABLE wp::float32 twice_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 3;
    wp::float32 var_1;
    const wp::int32 var_2 = 2;
    wp::float32 var_3;
    //---------
    // forward
    // def twice(x: float):                                                                   <L 19>
    // return helper(helper(x, LIMIT), 2)                                                     <L 20>
    var_1 = helper_0(var_x, var_0);
    var_3 = helper_0(var_1, var_2);
    return var_3;
}


// warpsynth/multi_kernel_shared_funcs.py:8
static CUDA_CALLABLE void adj_helper_0(
    wp::float32 var_x,
    wp::int32 var_n,
    wp::float32 & adj_x,
    wp::int32 & adj_n,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::range_t var_1;
    wp::int32 var_2;
    const wp::float32 var_3 = 100.0;
    bool var_4;
    const wp::float32 var_5 = 1.5;
    wp::float32 var_6;
    const wp::float32 var_7 = -0.5;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::range_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def helper(x: float, n: int) -> float:                                                 <L 9>
    // acc = x                                                                                <L 10>
    var_0 = wp::copy(var_x);
    // for i in range(n):                                                                     <L 11>
    var_1 = wp::range(var_n);
    // return acc                                                                             <L 15>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_0 += adj_ret;
    // adj: return acc                                                                        <L 15>
    var_1 = wp::iter_reverse(var_1);
    start_for_0:;
        if (iter_cmp(var_1) == 0) goto end_for_0;
        var_2 = wp::iter_next(var_1);
    	adj_3 = {};
    	adj_4 = {};
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
        // if acc > 100.0:                                                                    <L 12>
        var_4 = (var_0 > var_3);
        if (var_4) {
            // return acc                                                                     <L 13>
            goto label2;
        }
        // acc = acc * 1.5 + neg_half                                                         <L 14>
        var_6 = wp::mul(var_0, var_5);
        var_8 = wp::add(var_6, var_7);
        wp::assign(var_0, var_8);
        wp::adj_assign(var_0, var_8, adj_0, adj_8);
        wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_mul(var_0, var_5, adj_0, adj_5, adj_6);
        // adj: acc = acc * 1.5 + neg_half                                                    <L 14>
        if (var_4) {
            label2:;
            adj_0 += adj_ret;
            // adj: return acc                                                                <L 13>
        }
        // adj: if acc > 100.0:                                                               <L 12>
    	goto start_for_0;
    end_for_0:;
    // adj: for i in range(n):                                                                <L 11>
    wp::adj_copy(var_x, adj_x, adj_0);
    // adj: acc = x                                                                           <L 10>
    // adj: def helper(x: float, n: int) -> float:                                            <L 9>
    return;
}


// warpsynth/multi_kernel_shared_funcs.py:18
static CUDA_CALLABLE void adj_twice_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 3;
    wp::float32 var_1;
    const wp::int32 var_2 = 2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def twice(x: float):                                                                   <L 19>
    // return helper(helper(x, LIMIT), 2)                                                     <L 20>
    var_1 = helper_0(var_x, var_0);
    var_3 = helper_0(var_1, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    adj_helper_0(var_1, var_2, adj_1, adj_2, adj_3);
    adj_helper_0(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return helper(helper(x, LIMIT), 2)                                                <L 20>
    // adj: def twice(x: float):                                                              <L 19>
    return;
}



extern "C" __global__ void second_085830a1_cuda_kernel_forward(
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
        const bool var_1 = false;
        wp::float32* var_2;
        const wp::int32 var_3 = 4;
        wp::float32 var_4;
        wp::float32 var_5;
        //---------
        // forward
        // def second(a: wp.array(dtype=float)):                                                  <L 30>
        // i = wp.tid()                                                                           <L 31>
        var_0 = builtin_tid1d();
        // if FLAG:                                                                               <L 32>
        // a[i] = helper(a[i], 4)                                                                 <L 35>
        var_2 = wp::address(var_a, var_0);
        var_5 = wp::load(var_2);
        var_4 = helper_0(var_5, var_3);
        wp::array_store(var_a, var_0, var_4);
    }
}



extern "C" __global__ void second_085830a1_cuda_kernel_backward(
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
        const bool var_1 = false;
        wp::float32* var_2;
        const wp::int32 var_3 = 4;
        wp::float32 var_4;
        wp::float32 var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::float32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        //---------
        // forward
        // def second(a: wp.array(dtype=float)):                                                  <L 30>
        // i = wp.tid()                                                                           <L 31>
        var_0 = builtin_tid1d();
        // if FLAG:                                                                               <L 32>
        // a[i] = helper(a[i], 4)                                                                 <L 35>
        var_2 = wp::address(var_a, var_0);
        var_5 = wp::load(var_2);
        var_4 = helper_0(var_5, var_3);
        // wp::array_store(var_a, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_4, adj_a, adj_0, adj_4);
        adj_helper_0(var_5, var_3, adj_2, adj_3, adj_4);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
        // adj: a[i] = helper(a[i], 4)                                                            <L 35>
        // adj: if FLAG:                                                                          <L 32>
        // adj: i = wp.tid()                                                                      <L 31>
        // adj: def second(a: wp.array(dtype=float)):                                             <L 30>
        continue;
    }
}



extern "C" __global__ void first_e7980c56_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::int32 var_LIMIT)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        //---------
        // forward
        // def first(a: wp.array(dtype=float), LIMIT: int):                                       <L 24>
        // i = wp.tid()                                                                           <L 25>
        var_0 = builtin_tid1d();
        // a[i] = twice(a[i]) + float(LIMIT)                                                      <L 26>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = twice_0(var_3);
        var_4 = wp::float(var_LIMIT);
        var_5 = wp::add(var_2, var_4);
        wp::array_store(var_a, var_0, var_5);
    }
}



extern "C" __global__ void first_e7980c56_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::int32 var_LIMIT,
    wp::array_t<wp::float32> adj_a,
    wp::int32 adj_LIMIT)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        //---------
        // forward
        // def first(a: wp.array(dtype=float), LIMIT: int):                                       <L 24>
        // i = wp.tid()                                                                           <L 25>
        var_0 = builtin_tid1d();
        // a[i] = twice(a[i]) + float(LIMIT)                                                      <L 26>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = twice_0(var_3);
        var_4 = wp::float(var_LIMIT);
        var_5 = wp::add(var_2, var_4);
        // wp::array_store(var_a, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_5, adj_a, adj_0, adj_5);
        wp::adj_add(var_2, var_4, adj_2, adj_4, adj_5);
        wp::adj_float(var_LIMIT, adj_LIMIT, adj_4);
        adj_twice_0(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = twice(a[i]) + float(LIMIT)                                                 <L 26>
        // adj: i = wp.tid()                                                                      <L 25>
        // adj: def first(a: wp.array(dtype=float), LIMIT: int):                                  <L 24>
        continue;
    }
}



extern "C" __global__ void third_fa4b8c66_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::int32> var_b)
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
        const wp::int32 var_1 = 16;
        const wp::int32 var_2 = 1000;
        wp::int32 var_3;
        const wp::int32 var_4 = 3000000000;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::float32 var_9 = 1e-05;
        const wp::float32 var_10 = 1e+16;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.1;
        wp::float32 var_13;
        const wp::float32 var_14 = 1000.0;
        wp::float32 var_15;
        const wp::float32 var_16 = 5.0;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.5;
        wp::float32 var_19;
        const wp::float32 var_20 = INFINITY;
        wp::float32 var_21;
        const wp::float32 var_22 = -2.0;
        wp::float32 var_23;
        const wp::float32 var_24 = -0.5;
        const wp::float32 var_25 = 0.5;
        wp::float32 var_26;
        const bool var_27 = true;
        const bool var_28 = false;
        const bool var_29 = true;
        bool var_30;
        const wp::int32 var_31 = 5;
        bool var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        //---------
        // forward
        // def third(a: wp.array(dtype=float), b: wp.array(dtype=int)):                           <L 39>
        // i = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // x = 0x10 + 1_000 + 3000000000 - b[i]                                                   <L 41>
        var_3 = wp::add(var_1, var_2);
        var_5 = wp::add(var_3, var_4);
        var_6 = wp::address(var_b, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::sub(var_5, var_8);
        // y = 1e-5 + 1e16 + 0.1 + 1.0e+3 + 5. + .5 + 1e999 - -2.0 + -neg_half                    <L 42>
        var_11 = wp::add(var_9, var_10);
        var_13 = wp::add(var_11, var_12);
        var_15 = wp::add(var_13, var_14);
        var_17 = wp::add(var_15, var_16);
        var_19 = wp::add(var_17, var_18);
        var_21 = wp::add(var_19, var_20);
        var_23 = wp::sub(var_21, var_22);
        var_26 = wp::add(var_23, var_25);
        // t = True                                                                               <L 43>
        // f = False                                                                              <L 44>
        // if t:                                                                                  <L 45>
        // a[i] = y                                                                               <L 46>
        wp::array_store(var_a, var_0, var_26);
        // while True:                                                                            <L 47>
        start_while_0:;
        if ((var_29) == false) goto end_while_0;
            // if f or x > 5:                                                                     <L 48>
            var_30 = var_28;
            if (!var_30) {
                var_32 = (var_7 > var_31);
                var_30 = var_30 || var_32;
            }
            if (var_30) {
                // break                                                                          <L 49>
                goto end_while_0;
            }
            // x = x + 1                                                                          <L 50>
            var_34 = wp::add(var_7, var_33);
            wp::assign(var_7, var_34);
        goto start_while_0;
        end_while_0:;
        // b[i] = x                                                                               <L 51>
        wp::array_store(var_b, var_0, var_7);
    }
}



extern "C" __global__ void third_fa4b8c66_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::int32> var_b,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::int32> adj_b)
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
        const wp::int32 var_1 = 16;
        const wp::int32 var_2 = 1000;
        wp::int32 var_3;
        const wp::int32 var_4 = 3000000000;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::float32 var_9 = 1e-05;
        const wp::float32 var_10 = 1e+16;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.1;
        wp::float32 var_13;
        const wp::float32 var_14 = 1000.0;
        wp::float32 var_15;
        const wp::float32 var_16 = 5.0;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.5;
        wp::float32 var_19;
        const wp::float32 var_20 = INFINITY;
        wp::float32 var_21;
        const wp::float32 var_22 = -2.0;
        wp::float32 var_23;
        const wp::float32 var_24 = -0.5;
        const wp::float32 var_25 = 0.5;
        wp::float32 var_26;
        const bool var_27 = true;
        const bool var_28 = false;
        const bool var_29 = true;
        bool var_30;
        const wp::int32 var_31 = 5;
        bool var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        bool adj_27 = {};
        bool adj_28 = {};
        bool adj_29 = {};
        bool adj_30 = {};
        wp::int32 adj_31 = {};
        bool adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        //---------
        // forward
        // def third(a: wp.array(dtype=float), b: wp.array(dtype=int)):                           <L 39>
        // i = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // x = 0x10 + 1_000 + 3000000000 - b[i]                                                   <L 41>
        var_3 = wp::add(var_1, var_2);
        var_5 = wp::add(var_3, var_4);
        var_6 = wp::address(var_b, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::sub(var_5, var_8);
        // y = 1e-5 + 1e16 + 0.1 + 1.0e+3 + 5. + .5 + 1e999 - -2.0 + -neg_half                    <L 42>
        var_11 = wp::add(var_9, var_10);
        var_13 = wp::add(var_11, var_12);
        var_15 = wp::add(var_13, var_14);
        var_17 = wp::add(var_15, var_16);
        var_19 = wp::add(var_17, var_18);
        var_21 = wp::add(var_19, var_20);
        var_23 = wp::sub(var_21, var_22);
        var_26 = wp::add(var_23, var_25);
        // t = True                                                                               <L 43>
        // f = False                                                                              <L 44>
        // if t:                                                                                  <L 45>
        // a[i] = y                                                                               <L 46>
        // wp::array_store(var_a, var_0, var_26);
        // while True:                                                                            <L 47>
        // b[i] = x                                                                               <L 51>
        // wp::array_store(var_b, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_b, var_0, var_7, adj_b, adj_0, adj_7);
        // adj: b[i] = x                                                                          <L 51>
        start_while_0:;
        if ((var_29) == false) goto end_while_0;
        adj_30 = {};
        adj_31 = {};
        adj_32 = {};
        adj_33 = {};
        adj_34 = {};
            // if f or x > 5:                                                                     <L 48>
            var_30 = var_28;
            if (!var_30) {
                var_32 = (var_7 > var_31);
                var_30 = var_30 || var_32;
            }
            if (var_30) {
                // break                                                                          <L 49>
                goto end_while_0;
            }
            // x = x + 1                                                                          <L 50>
            var_34 = wp::add(var_7, var_33);
            wp::assign(var_7, var_34);
            wp::adj_assign(var_7, var_34, adj_7, adj_34);
            wp::adj_add(var_7, var_33, adj_7, adj_33, adj_34);
            // adj: x = x + 1                                                                     <L 50>
            if (var_30) {
                // adj: break                                                                     <L 49>
            }
            if (!var_30) {
            }
            // adj: if f or x > 5:                                                                <L 48>
        goto start_while_0;
        end_while_0:;
        // adj: while True:                                                                       <L 47>
        wp::adj_array_store(var_a, var_0, var_26, adj_a, adj_0, adj_26);
        // adj: a[i] = y                                                                          <L 46>
        // adj: if t:                                                                             <L 45>
        // adj: f = False                                                                         <L 44>
        // adj: t = True                                                                          <L 43>
        wp::adj_add(var_23, var_25, adj_23, adj_25, adj_26);
        wp::adj_sub(var_21, var_22, adj_21, adj_22, adj_23);
        wp::adj_add(var_19, var_20, adj_19, adj_20, adj_21);
        wp::adj_add(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_add(var_15, var_16, adj_15, adj_16, adj_17);
        wp::adj_add(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
        // adj: y = 1e-5 + 1e16 + 0.1 + 1.0e+3 + 5. + .5 + 1e999 - -2.0 + -neg_half               <L 42>
        wp::adj_sub(var_5, var_8, adj_5, adj_6, adj_7);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_6);
        wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
        // adj: x = 0x10 + 1_000 + 3000000000 - b[i]                                              <L 41>
        // adj: i = wp.tid()                                                                      <L 40>
        // adj: def third(a: wp.array(dtype=float), b: wp.array(dtype=int)):                      <L 39>
        continue;
    }
}

