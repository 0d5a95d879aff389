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



extern "C" __global__ void loops_e666ff86_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
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
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        bool var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 3;
        bool var_9;
        wp::int32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 10.0;
        bool var_15;
        wp::float32 var_16;
        wp::int32 var_17;
        wp::range_t var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 5;
        bool var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        const wp::int32 var_24 = 2;
        const wp::int32 var_25 = 3;
        wp::range_t var_26;
        wp::int32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        //---------
        // forward
        // def loops(a: wp.array(dtype=float), n: int):                                           <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // s = float(0.0)                                                                         <L 7>
        var_2 = wp::float(var_1);
        // k = int(0)                                                                             <L 8>
        var_4 = wp::int(var_3);
        // while k < n:                                                                           <L 9>
        start_while_0:;
        var_5 = (var_4 < var_n);
        if ((var_5) == false) goto end_while_0;
            // k = k + 1                                                                          <L 10>
            var_7 = wp::add(var_4, var_6);
            // if k == 3:                                                                         <L 11>
            var_9 = (var_7 == var_8);
            if (var_9) {
                // continue                                                                       <L 12>
                wp::assign(var_4, var_7);
                goto start_while_0;
            }
            var_10 = wp::where(var_9, var_4, var_7);
            // s = s + a[k]                                                                       <L 13>
            var_11 = wp::address(var_a, var_10);
            var_13 = wp::load(var_11);
            var_12 = wp::add(var_2, var_13);
            // if s > 10.0:                                                                       <L 14>
            var_15 = (var_12 > var_14);
            if (var_15) {
                // break                                                                          <L 15>
                wp::assign(var_2, var_12);
                wp::assign(var_4, var_10);
                goto end_while_0;
            }
            var_16 = wp::where(var_15, var_2, var_12);
            var_17 = wp::where(var_15, var_4, var_10);
            wp::assign(var_2, var_16);
            wp::assign(var_4, var_17);
        goto start_while_0;
        end_while_0:;
        // for j in range(n):                                                                     <L 16>
        var_18 = wp::range(var_n);
        start_for_2:;
            if (iter_cmp(var_18) == 0) goto end_for_2;
            var_19 = wp::iter_next(var_18);
            // if j > 5:                                                                          <L 17>
            var_21 = (var_19 > var_20);
            if (var_21) {
                // break                                                                          <L 18>
                goto end_for_2;
            }
            // s = s * 0.5                                                                        <L 19>
            var_23 = wp::mul(var_2, var_22);
            wp::assign(var_2, var_23);
            goto start_for_2;
        end_for_2:;
        // for j in range(2, n, 3):                                                               <L 20>
        var_26 = wp::range(var_24, var_n, var_25);
        start_for_4:;
            if (iter_cmp(var_26) == 0) goto end_for_4;
            var_27 = wp::iter_next(var_26);
            // s += float(j)                                                                      <L 21>
            var_28 = wp::float(var_27);
            var_29 = wp::add(var_2, var_28);
            wp::assign(var_2, var_29);
            goto start_for_4;
        end_for_4:;
        // a[tid] = s                                                                             <L 22>
        wp::array_store(var_a, var_0, var_2);
    }
}



extern "C" __global__ void loops_e666ff86_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::int32 var_n,
    wp::array_t<wp::float32> adj_a,
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
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        bool var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 3;
        bool var_9;
        wp::int32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 10.0;
        bool var_15;
        wp::float32 var_16;
        wp::int32 var_17;
        wp::range_t var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 5;
        bool var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        const wp::int32 var_24 = 2;
        const wp::int32 var_25 = 3;
        wp::range_t var_26;
        wp::int32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::range_t adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::range_t adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        //---------
        // forward
        // def loops(a: wp.array(dtype=float), n: int):                                           <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // s = float(0.0)                                                                         <L 7>
        var_2 = wp::float(var_1);
        // k = int(0)                                                                             <L 8>
        var_4 = wp::int(var_3);
        // while k < n:                                                                           <L 9>
        // for j in range(n):                                                                     <L 16>
        var_18 = wp::range(var_n);
        // for j in range(2, n, 3):                                                               <L 20>
        var_26 = wp::range(var_24, var_n, var_25);
        // a[tid] = s                                                                             <L 22>
        // wp::array_store(var_a, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_2, adj_a, adj_0, adj_2);
        // adj: a[tid] = s                                                                        <L 22>
        var_26 = wp::iter_reverse(var_26);
        start_for_4:;
            if (iter_cmp(var_26) == 0) goto end_for_4;
            var_27 = wp::iter_next(var_26);
        	adj_28 = {};
        	adj_29 = {};
            // s += float(j)                                                                      <L 21>
            var_28 = wp::float(var_27);
            var_29 = wp::add(var_2, var_28);
            wp::assign(var_2, var_29);
            wp::adj_assign(var_2, var_29, adj_2, adj_29);
            wp::adj_add(var_2, var_28, adj_2, adj_28, adj_29);
            wp::adj_float(var_27, adj_27, adj_28);
            // adj: s += float(j)                                                                 <L 21>
        	goto start_for_4;
        end_for_4:;
        // adj: for j in range(2, n, 3):                                                          <L 20>
        var_18 = wp::iter_reverse(var_18);
        start_for_2:;
            if (iter_cmp(var_18) == 0) goto end_for_2;
            var_19 = wp::iter_next(var_18);
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
            // if j > 5:                                                                          <L 17>
            var_21 = (var_19 > var_20);
            if (var_21) {
                // break                                                                          <L 18>
                goto end_for_2;
            }
            // s = s * 0.5                                                                        <L 19>
            var_23 = wp::mul(var_2, var_22);
            wp::assign(var_2, var_23);
            wp::adj_assign(var_2, var_23, adj_2, adj_23);
            wp::adj_mul(var_2, var_22, adj_2, adj_22, adj_23);
            // adj: s = s * 0.5                                                                   <L 19>
            if (var_21) {
                // adj: break                                                                     <L 18>
            }
            // adj: if j > 5:                                                                     <L 17>
        	goto start_for_2;
        end_for_2:;
        // adj: for j in range(n):                                                                <L 16>
        start_while_0:;
        var_5 = (var_4 < var_n);
        if ((var_5) == false) goto end_while_0;
        adj_6 = {};
        adj_7 = {};
        adj_8 = {};
        adj_9 = {};
        adj_10 = {};
        adj_11 = {};
        adj_12 = {};
        adj_13 = {};
        adj_14 = {};
        adj_15 = {};
        adj_16 = {};
        adj_17 = {};
            // k = k + 1                                                                          <L 10>
            var_7 = wp::add(var_4, var_6);
            // if k == 3:                                                                         <L 11>
            var_9 = (var_7 == var_8);
            if (var_9) {
                // continue                                                                       <L 12>
                wp::assign(var_4, var_7);
                goto start_while_0;
            }
            var_10 = wp::where(var_9, var_4, var_7);
            // s = s + a[k]                                                                       <L 13>
            var_11 = wp::address(var_a, var_10);
            var_13 = wp::load(var_11);
            var_12 = wp::add(var_2, var_13);
            // if s > 10.0:                                                                       <L 14>
            var_15 = (var_12 > var_14);
            if (var_15) {
                // break                                                                          <L 15>
                wp::assign(var_2, var_12);
                wp::assign(var_4, var_10);
                goto end_while_0;
            }
            var_16 = wp::where(var_15, var_2, var_12);
            var_17 = wp::where(var_15, var_4, var_10);
            wp::assign(var_2, var_16);
            wp::assign(var_4, var_17);
            wp::adj_assign(var_4, var_17, adj_4, adj_17);
            wp::adj_assign(var_2, var_16, adj_2, adj_16);
            wp::adj_where(var_15, var_4, var_10, adj_15, adj_4, adj_10, adj_17);
            wp::adj_where(var_15, var_2, var_12, adj_15, adj_2, adj_12, adj_16);
            if (var_15) {
                wp::adj_assign(var_4, var_10, adj_4, adj_10);
                wp::adj_assign(var_2, var_12, adj_2, adj_12);
                // adj: break                                                                     <L 15>
            }
            // adj: if s > 10.0:                                                                  <L 14>
            wp::adj_add(var_2, var_13, adj_2, adj_11, adj_12);
            wp::adj_address(var_a, var_10, adj_a, adj_10, adj_11);
            // adj: s = s + a[k]                                                                  <L 13>
            wp::adj_where(var_9, var_4, var_7, adj_9, adj_4, adj_7, adj_10);
            if (var_9) {
                wp::adj_assign(var_4, var_7, adj_4, adj_7);
                // adj: continue                                                                  <L 12>
            }
            // adj: if k == 3:                                                                    <L 11>
            wp::adj_add(var_4, var_6, adj_4, adj_6, adj_7);
            // adj: k = k + 1                                                                     <L 10>
        goto start_while_0;
        end_while_0:;
        // adj: while k < n:                                                                      <L 9>
        // adj: k = int(0)                                                                        <L 8>
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: s = float(0.0)                                                                    <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def loops(a: wp.array(dtype=float), n: int):                                      <L 5>
        continue;
    }
}

