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



extern "C" __global__ void sel_f98f77f7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::int32> var_flags,
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
        bool var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        bool var_8;
        const wp::float32 var_9 = 1.0;
        bool var_10;
        bool var_11;
        const wp::float32 var_12 = -1.0;
        bool var_13;
        wp::int32* var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        wp::int32 var_17;
        bool var_18;
        bool var_19;
        bool var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        const wp::float32 var_23 = 1.0;
        wp::float32 var_24;
        const wp::float32 var_25 = 2.0;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.0;
        bool var_30;
        const wp::float32 var_31 = 0.0;
        wp::float32 var_32;
        //---------
        // forward
        // def sel(a: wp.array(dtype=float), flags: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 7>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // y = x if x > 0.0 else -x                                                               <L 8>
        var_5 = (var_2 > var_4);
        if (var_5) {
        }
        if (!var_5) {
            var_6 = wp::neg(var_2);
        }
        var_7 = wp::where(var_5, var_2, var_6);
        // c = x > 1.0 or x < -1.0 and flags[i] != 0                                              <L 9>
        var_10 = (var_2 > var_9);
        var_8 = var_10;
        if (!var_8) {
            var_13 = (var_2 < var_12);
            var_11 = var_13;
            if (var_11) {
                var_14 = wp::address(var_flags, var_0);
                var_17 = wp::load(var_14);
                var_16 = (var_17 != var_15);
                var_11 = var_11 && var_16;
            }
            var_8 = var_8 || var_11;
        }
        // d = not c                                                                              <L 10>
        var_18 = wp::unot(var_8);
        // if c and d or x == 0.0:                                                                <L 11>
        var_20 = var_8;
        if (var_20) {
            var_20 = var_20 && var_18;
        }
        var_19 = var_20;
        if (!var_19) {
            var_22 = (var_2 == var_21);
            var_19 = var_19 || var_22;
        }
        if (var_19) {
            // y = y + 1.0                                                                        <L 12>
            var_24 = wp::add(var_7, var_23);
        }
        if (!var_19) {
            // z = y * 2.0                                                                        <L 14>
            var_26 = wp::mul(var_7, var_25);
            // y = z                                                                              <L 15>
            var_27 = wp::copy(var_26);
        }
        var_28 = wp::where(var_19, var_24, var_27);
        // out[i] = wp.where(x >= 0.0, y, 0.0)                                                    <L 16>
        var_30 = (var_2 >= var_29);
        var_32 = wp::where(var_30, var_28, var_31);
        wp::array_store(var_out, var_0, var_32);
    }
}



extern "C" __global__ void sel_f98f77f7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::int32> adj_flags,
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
        bool var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        bool var_8;
        const wp::float32 var_9 = 1.0;
        bool var_10;
        bool var_11;
        const wp::float32 var_12 = -1.0;
        bool var_13;
        wp::int32* var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        wp::int32 var_17;
        bool var_18;
        bool var_19;
        bool var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        const wp::float32 var_23 = 1.0;
        wp::float32 var_24;
        const wp::float32 var_25 = 2.0;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.0;
        bool var_30;
        const wp::float32 var_31 = 0.0;
        wp::float32 var_32;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        bool adj_8 = {};
        wp::float32 adj_9 = {};
        bool adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
        bool adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::int32 adj_17 = {};
        bool adj_18 = {};
        bool adj_19 = {};
        bool adj_20 = {};
        wp::float32 adj_21 = {};
        bool adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        bool adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        //---------
        // forward
        // def sel(a: wp.array(dtype=float), flags: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 7>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // y = x if x > 0.0 else -x                                                               <L 8>
        var_5 = (var_2 > var_4);
        if (var_5) {
        }
        if (!var_5) {
            var_6 = wp::neg(var_2);
        }
        var_7 = wp::where(var_5, var_2, var_6);
        // c = x > 1.0 or x < -1.0 and flags[i] != 0                                              <L 9>
        var_10 = (var_2 > var_9);
        var_8 = var_10;
        if (!var_8) {
            var_13 = (var_2 < var_12);
            var_11 = var_13;
            if (var_11) {
                var_14 = wp::address(var_flags, var_0);
                var_17 = wp::load(var_14);
                var_16 = (var_17 != var_15);
                var_11 = var_11 && var_16;
            }
            var_8 = var_8 || var_11;
        }
        // d = not c                                                                              <L 10>
        var_18 = wp::unot(var_8);
        // if c and d or x == 0.0:                                                                <L 11>
        var_20 = var_8;
        if (var_20) {
            var_20 = var_20 && var_18;
        }
        var_19 = var_20;
        if (!var_19) {
            var_22 = (var_2 == var_21);
            var_19 = var_19 || var_22;
        }
        if (var_19) {
            // y = y + 1.0                                                                        <L 12>
            var_24 = wp::add(var_7, var_23);
        }
        if (!var_19) {
            // z = y * 2.0                                                                        <L 14>
            var_26 = wp::mul(var_7, var_25);
            // y = z                                                                              <L 15>
            var_27 = wp::copy(var_26);
        }
        var_28 = wp::where(var_19, var_24, var_27);
        // out[i] = wp.where(x >= 0.0, y, 0.0)                                                    <L 16>
        var_30 = (var_2 >= var_29);
        var_32 = wp::where(var_30, var_28, var_31);
        // wp::array_store(var_out, var_0, var_32);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_32, adj_out, adj_0, adj_32);
        wp::adj_where(var_30, var_28, var_31, adj_30, adj_28, adj_31, adj_32);
        // adj: out[i] = wp.where(x >= 0.0, y, 0.0)                                               <L 16>
        wp::adj_where(var_19, var_24, var_27, adj_19, adj_24, adj_27, adj_28);
        if (!var_19) {
            wp::adj_copy(var_26, adj_26, adj_27);
            // adj: y = z                                                                         <L 15>
            wp::adj_mul(var_7, var_25, adj_7, adj_25, adj_26);
            // adj: z = y * 2.0                                                                   <L 14>
        }
        if (var_19) {
            wp::adj_add(var_7, var_23, adj_7, adj_23, adj_24);
            // adj: y = y + 1.0                                                                   <L 12>
        }
        if (!var_19) {
        }
        if (var_20) {
        }
        // adj: if c and d or x == 0.0:                                                           <L 11>
        // adj: d = not c                                                                         <L 10>
        if (!var_8) {
            if (var_11) {
                wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_14);
            }
        }
        // adj: c = x > 1.0 or x < -1.0 and flags[i] != 0                                         <L 9>
        wp::adj_where(var_5, var_2, var_6, adj_5, adj_2, adj_6, adj_7);
        if (!var_5) {
            wp::adj_neg(var_2, adj_2, adj_6);
        }
        if (var_5) {
        }
        // adj: y = x if x > 0.0 else -x                                                          <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = a[i]                                                                          <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def sel(a: wp.array(dtype=float), flags: wp.array(dtype=int), out: wp.array(dtype=float)):  <L 5>
        continue;
    }
}

