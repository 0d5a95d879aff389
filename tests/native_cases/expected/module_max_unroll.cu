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


// warpsynth/module_max_unroll.py:6
static CUDA_CALLABLE wp::float32 poly_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def poly(x: float):                                                                    <L 7>
    // s = float(0.0)                                                                         <L 8>
    var_1 = wp::float(var_0);
    // for k in range(3):                                                                     <L 9>
    // s = s * x + float(k)                                                                   <L 10>
    var_3 = wp::mul(var_1, var_x);
    var_4 = wp::float(var_2);
    var_5 = wp::add(var_3, var_4);
    var_7 = wp::mul(var_5, var_x);
    var_8 = wp::float(var_6);
    var_9 = wp::add(var_7, var_8);
    var_11 = wp::mul(var_9, var_x);
    var_12 = wp::float(var_10);
    var_13 = wp::add(var_11, var_12);
    // return s                                                                               <L 11>
    return var_13;
}


// warpsynth/module_max_unroll.py:6
static CUDA_CALLABLE void adj_poly_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def poly(x: float):                                                                    <L 7>
    // s = float(0.0)                                                                         <L 8>
    var_1 = wp::float(var_0);
    // for k in range(3):                                                                     <L 9>
    // s = s * x + float(k)                                                                   <L 10>
    var_3 = wp::mul(var_1, var_x);
    var_4 = wp::float(var_2);
    var_5 = wp::add(var_3, var_4);
    var_7 = wp::mul(var_5, var_x);
    var_8 = wp::float(var_6);
    var_9 = wp::add(var_7, var_8);
    var_11 = wp::mul(var_9, var_x);
    var_12 = wp::float(var_10);
    var_13 = wp::add(var_11, var_12);
    // return s                                                                               <L 11>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_13 += adj_ret;
    // adj: return s                                                                          <L 11>
    wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_float(var_10, adj_10, adj_12);
    wp::adj_mul(var_9, var_x, adj_9, adj_x, adj_11);
    wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_float(var_6, adj_6, adj_8);
    wp::adj_mul(var_5, var_x, adj_5, adj_x, adj_7);
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_float(var_2, adj_2, adj_4);
    wp::adj_mul(var_1, var_x, adj_1, adj_x, adj_3);
    // adj: s = s * x + float(k)                                                              <L 10>
    // adj: for k in range(3):                                                                <L 9>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 8>
    // adj: def poly(x: float):                                                               <L 7>
    return;
}



extern "C" __global__ void k_c39ede8f_cuda_kernel_forward(
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        const wp::float32 var_6 = 0.5;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 3;
        wp::float32 var_20;
        wp::float32 var_21;
        //---------
        // forward
        // def k(a: wp.array(dtype=float)):                                                       <L 15>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // v = a[i]                                                                               <L 17>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // for j in range(6):                                                                     <L 18>
        var_4 = 0;
        start_for_0:;
            if (var_4 >= 6) goto end_for_0;
            var_5 = var_4;
            var_4 += 1;
            // v = v * 0.5 + poly(v)                                                              <L 19>
            var_7 = wp::mul(var_2, var_6);
            var_8 = poly_0(var_2);
            var_9 = wp::add(var_7, var_8);
            wp::assign(var_2, var_9);
            goto start_for_0;
        end_for_0:;
        // for j in range(4):                                                                     <L 20>
        // v += float(j)                                                                          <L 21>
        var_11 = wp::float(var_10);
        var_12 = wp::add(var_2, var_11);
        var_14 = wp::float(var_13);
        var_15 = wp::add(var_12, var_14);
        var_17 = wp::float(var_16);
        var_18 = wp::add(var_15, var_17);
        var_20 = wp::float(var_19);
        var_21 = wp::add(var_18, var_20);
        // a[i] = v                                                                               <L 22>
        wp::array_store(var_a, var_0, var_21);
    }
}



extern "C" __global__ void k_c39ede8f_cuda_kernel_backward(
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        const wp::float32 var_6 = 0.5;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 3;
        wp::float32 var_20;
        wp::float32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float)):                                                       <L 15>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // v = a[i]                                                                               <L 17>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // for j in range(6):                                                                     <L 18>
        var_4 = 0;
        // for j in range(4):                                                                     <L 20>
        // v += float(j)                                                                          <L 21>
        var_11 = wp::float(var_10);
        var_12 = wp::add(var_2, var_11);
        var_14 = wp::float(var_13);
        var_15 = wp::add(var_12, var_14);
        var_17 = wp::float(var_16);
        var_18 = wp::add(var_15, var_17);
        var_20 = wp::float(var_19);
        var_21 = wp::add(var_18, var_20);
        // a[i] = v                                                                               <L 22>
        // wp::array_store(var_a, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_21, adj_a, adj_0, adj_21);
        // adj: a[i] = v                                                                          <L 22>
        wp::adj_add(var_18, var_20, adj_18, adj_20, adj_21);
        wp::adj_float(var_19, adj_19, adj_20);
        wp::adj_add(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_float(var_16, adj_16, adj_17);
        wp::adj_add(var_12, var_14, adj_12, adj_14, adj_15);
        wp::adj_float(var_13, adj_13, adj_14);
        wp::adj_add(var_2, var_11, adj_2, adj_11, adj_12);
        wp::adj_float(var_10, adj_10, adj_11);
        // adj: v += float(j)                                                                     <L 21>
        // adj: for j in range(4):                                                                <L 20>
        var_4 = 5;
        start_for_0:;
        	if (var_4 < 0) goto end_for_0;
        	var_5 = var_4;
        	var_4 -= 1;
        	adj_6 = {};
        	adj_7 = {};
        	adj_8 = {};
        	adj_9 = {};
            // v = v * 0.5 + poly(v)                                                              <L 19>
            var_7 = wp::mul(var_2, var_6);
            var_8 = poly_0(var_2);
            var_9 = wp::add(var_7, var_8);
            wp::assign(var_2, var_9);
            wp::adj_assign(var_2, var_9, adj_2, adj_9);
            wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
            adj_poly_0(var_2, adj_2, adj_8);
            wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
            // adj: v = v * 0.5 + poly(v)                                                         <L 19>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in range(6):                                                                <L 18>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: v = a[i]                                                                          <L 17>
        // adj: i = wp.tid()                                                                      <L 16>
        // adj: def k(a: wp.array(dtype=float)):                                                  <L 15>
        continue;
    }
}

