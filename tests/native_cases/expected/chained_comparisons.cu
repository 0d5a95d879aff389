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



extern "C" __global__ void chained_ce5d936a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::int32> var_n,
    wp::array_t<wp::float32> var_out)
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
        const wp::float32 var_4 = 0.0;
        const wp::int32 var_5 = 0;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        const wp::float32 var_11 = 1.0;
        const wp::float32 var_12 = 2.0;
        bool var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::int32* var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        const wp::int32 var_22 = 3;
        bool var_23;
        bool var_24;
        bool var_25;
        const wp::float32 var_26 = -1.0;
        bool var_27;
        wp::float32 var_28;
        //---------
        // forward
        // def chained(a: wp.array(dtype=float), n: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 7>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // lo = 0.0                                                                               <L 8>
        // m = n[0]                                                                               <L 9>
        var_6 = wp::address(var_n, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // if 0 <= i < m:                                                                         <L 10>
        var_10 = ((var_9 <= var_0) && (var_0 < var_7));
        if (var_10) {
            // out[i] = x                                                                         <L 11>
            wp::array_store(var_out, var_0, var_2);
        }
        // if lo < x <= 1.0 < 2.0:                                                                <L 12>
        var_13 = (((var_4 < var_2) && (var_2 <= var_11)) && (var_11 < var_12));
        if (var_13) {
            // out[i] = out[i] + x                                                                <L 13>
            var_14 = wp::address(var_out, var_0);
            var_16 = wp::load(var_14);
            var_15 = wp::add(var_16, var_2);
            wp::array_store(var_out, var_0, var_15);
        }
        // j = n[i]                                                                               <L 14>
        var_17 = wp::address(var_n, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // k = i + 1                                                                              <L 15>
        var_21 = wp::add(var_0, var_20);
        // ok = i < j == k != 3                                                                   <L 16>
        var_23 = (((var_0 < var_18) && (var_18 == var_21)) && (var_21 != var_22));
        // if not ok and -1.0 < x < lo:                                                           <L 17>
        var_25 = wp::unot(var_23);
        var_24 = var_25;
        if (var_24) {
            var_27 = ((var_26 < var_2) && (var_2 < var_4));
            var_24 = var_24 && var_27;
        }
        if (var_24) {
            // out[i] = -x                                                                        <L 18>
            var_28 = wp::neg(var_2);
            wp::array_store(var_out, var_0, var_28);
        }
    }
}



extern "C" __global__ void chained_ce5d936a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::int32> var_n,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::int32> adj_n,
    wp::array_t<wp::float32> adj_out)
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
        const wp::float32 var_4 = 0.0;
        const wp::int32 var_5 = 0;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        const wp::float32 var_11 = 1.0;
        const wp::float32 var_12 = 2.0;
        bool var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::int32* var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        const wp::int32 var_22 = 3;
        bool var_23;
        bool var_24;
        bool var_25;
        const wp::float32 var_26 = -1.0;
        bool var_27;
        wp::float32 var_28;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        bool adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        bool adj_23 = {};
        bool adj_24 = {};
        bool adj_25 = {};
        wp::float32 adj_26 = {};
        bool adj_27 = {};
        wp::float32 adj_28 = {};
        //---------
        // forward
        // def chained(a: wp.array(dtype=float), n: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 7>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // lo = 0.0                                                                               <L 8>
        // m = n[0]                                                                               <L 9>
        var_6 = wp::address(var_n, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // if 0 <= i < m:                                                                         <L 10>
        var_10 = ((var_9 <= var_0) && (var_0 < var_7));
        if (var_10) {
            // out[i] = x                                                                         <L 11>
            // wp::array_store(var_out, var_0, var_2);
        }
        // if lo < x <= 1.0 < 2.0:                                                                <L 12>
        var_13 = (((var_4 < var_2) && (var_2 <= var_11)) && (var_11 < var_12));
        if (var_13) {
            // out[i] = out[i] + x                                                                <L 13>
            var_14 = wp::address(var_out, var_0);
            var_16 = wp::load(var_14);
            var_15 = wp::add(var_16, var_2);
            // wp::array_store(var_out, var_0, var_15);
        }
        // j = n[i]                                                                               <L 14>
        var_17 = wp::address(var_n, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // k = i + 1                                                                              <L 15>
        var_21 = wp::add(var_0, var_20);
        // ok = i < j == k != 3                                                                   <L 16>
        var_23 = (((var_0 < var_18) && (var_18 == var_21)) && (var_21 != var_22));
        // if not ok and -1.0 < x < lo:                                                           <L 17>
        var_25 = wp::unot(var_23);
        var_24 = var_25;
        if (var_24) {
            var_27 = ((var_26 < var_2) && (var_2 < var_4));
            var_24 = var_24 && var_27;
        }
        if (var_24) {
            // out[i] = -x                                                                        <L 18>
            var_28 = wp::neg(var_2);
            // wp::array_store(var_out, var_0, var_28);
        }
        //---------
        // reverse
        if (var_24) {
            wp::adj_array_store(var_out, var_0, var_28, adj_out, adj_0, adj_28);
            wp::adj_neg(var_2, adj_2, adj_28);
            // adj: out[i] = -x                                                                   <L 18>
        }
        if (var_24) {
        }
        // adj: if not ok and -1.0 < x < lo:                                                      <L 17>
        // adj: ok = i < j == k != 3                                                              <L 16>
        wp::adj_add(var_0, var_20, adj_0, adj_20, adj_21);
        // adj: k = i + 1                                                                         <L 15>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_n, var_0, adj_n, adj_0, adj_17);
        // adj: j = n[i]                                                                          <L 14>
        if (var_13) {
            wp::adj_array_store(var_out, var_0, var_15, adj_out, adj_0, adj_15);
            wp::adj_add(var_16, var_2, adj_14, adj_2, adj_15);
            wp::adj_address(var_out, var_0, adj_out, adj_0, adj_14);
            // adj: out[i] = out[i] + x                                                           <L 13>
        }
        // adj: if lo < x <= 1.0 < 2.0:                                                           <L 12>
        if (var_10) {
            wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
            // adj: out[i] = x                                                                    <L 11>
        }
        // adj: if 0 <= i < m:                                                                    <L 10>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_n, var_5, adj_n, adj_5, adj_6);
        // adj: m = n[0]                                                                          <L 9>
        // adj: lo = 0.0                                                                          <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = a[i]                                                                          <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def chained(a: wp.array(dtype=float), n: wp.array(dtype=int), out: wp.array(dtype=float)):  <L 5>
        continue;
    }
}

