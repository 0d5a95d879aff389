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



extern "C" __global__ void int_ops_d7e5beb5_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> var_b,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 3;
        wp::int32 var_5;
        const wp::int32 var_6 = 5;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 2;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 7;
        wp::int32 var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        const wp::int32 var_19 = 2;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 3;
        bool var_25;
        bool var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        wp::int32 var_35;
        //---------
        // forward
        // def int_ops(a: wp.array(dtype=int), b: wp.array(dtype=wp.int32), n: int):              <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 7>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // y = x // 3 + x % 5 - n * 2                                                             <L 8>
        var_5 = wp::floordiv(var_2, var_4);
        var_7 = wp::mod(var_2, var_6);
        var_8 = wp::add(var_5, var_7);
        var_10 = wp::mul(var_n, var_9);
        var_11 = wp::sub(var_8, var_10);
        // z = (y & 7) | (x ^ 2)                                                                  <L 9>
        var_13 = wp::bit_and(var_11, var_12);
        var_15 = wp::bit_xor(var_2, var_14);
        var_16 = wp::bit_or(var_13, var_15);
        // z = z << 1                                                                             <L 10>
        var_18 = wp::lshift(var_16, var_17);
        // z = z >> 2                                                                             <L 11>
        var_20 = wp::rshift(var_18, var_19);
        // w = ~z                                                                                 <L 12>
        var_21 = wp::invert(var_20);
        // q = -x                                                                                 <L 13>
        var_22 = wp::neg(var_2);
        // r = +y                                                                                 <L 14>
        var_23 = wp::pos(var_11);
        // if not (x > 3):                                                                        <L 15>
        var_25 = (var_2 > var_24);
        var_26 = wp::unot(var_25);
        if (var_26) {
            // q = abs(q)                                                                         <L 16>
            var_27 = wp::abs(var_22);
        }
        var_28 = wp::where(var_26, var_27, var_22);
        // b[i] = w + q + r + min(x, y) + max(z, 1)                                               <L 17>
        var_29 = wp::add(var_21, var_28);
        var_30 = wp::add(var_29, var_23);
        var_31 = wp::min(var_2, var_11);
        var_32 = wp::add(var_30, var_31);
        var_34 = wp::max(var_20, var_33);
        var_35 = wp::add(var_32, var_34);
        wp::array_store(var_b, var_0, var_35);
    }
}



extern "C" __global__ void int_ops_d7e5beb5_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> var_b,
    wp::int32 var_n,
    wp::array_t<wp::int32> adj_a,
    wp::array_t<wp::int32> adj_b,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 3;
        wp::int32 var_5;
        const wp::int32 var_6 = 5;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 2;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 7;
        wp::int32 var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        const wp::int32 var_19 = 2;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 3;
        bool var_25;
        bool var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        wp::int32 var_35;
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
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        bool adj_25 = {};
        bool adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        //---------
        // forward
        // def int_ops(a: wp.array(dtype=int), b: wp.array(dtype=wp.int32), n: int):              <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 7>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // y = x // 3 + x % 5 - n * 2                                                             <L 8>
        var_5 = wp::floordiv(var_2, var_4);
        var_7 = wp::mod(var_2, var_6);
        var_8 = wp::add(var_5, var_7);
        var_10 = wp::mul(var_n, var_9);
        var_11 = wp::sub(var_8, var_10);
        // z = (y & 7) | (x ^ 2)                                                                  <L 9>
        var_13 = wp::bit_and(var_11, var_12);
        var_15 = wp::bit_xor(var_2, var_14);
        var_16 = wp::bit_or(var_13, var_15);
        // z = z << 1                                                                             <L 10>
        var_18 = wp::lshift(var_16, var_17);
        // z = z >> 2                                                                             <L 11>
        var_20 = wp::rshift(var_18, var_19);
        // w = ~z                                                                                 <L 12>
        var_21 = wp::invert(var_20);
        // q = -x                                                                                 <L 13>
        var_22 = wp::neg(var_2);
        // r = +y                                                                                 <L 14>
        var_23 = wp::pos(var_11);
        // if not (x > 3):                                                                        <L 15>
        var_25 = (var_2 > var_24);
        var_26 = wp::unot(var_25);
        if (var_26) {
            // q = abs(q)                                                                         <L 16>
            var_27 = wp::abs(var_22);
        }
        var_28 = wp::where(var_26, var_27, var_22);
        // b[i] = w + q + r + min(x, y) + max(z, 1)                                               <L 17>
        var_29 = wp::add(var_21, var_28);
        var_30 = wp::add(var_29, var_23);
        var_31 = wp::min(var_2, var_11);
        var_32 = wp::add(var_30, var_31);
        var_34 = wp::max(var_20, var_33);
        var_35 = wp::add(var_32, var_34);
        // wp::array_store(var_b, var_0, var_35);
        //---------
        // reverse
        wp::adj_array_store(var_b, var_0, var_35, adj_b, adj_0, adj_35);
        wp::adj_add(var_32, var_34, adj_32, adj_34, adj_35);
        wp::adj_max(var_20, var_33, adj_20, adj_33, adj_34);
        wp::adj_add(var_30, var_31, adj_30, adj_31, adj_32);
        wp::adj_min(var_2, var_11, adj_2, adj_11, adj_31);
        wp::adj_add(var_29, var_23, adj_29, adj_23, adj_30);
        wp::adj_add(var_21, var_28, adj_21, adj_28, adj_29);
        // adj: b[i] = w + q + r + min(x, y) + max(z, 1)                                          <L 17>
        wp::adj_where(var_26, var_27, var_22, adj_26, adj_27, adj_22, adj_28);
        if (var_26) {
            wp::adj_abs(var_22, adj_22, adj_27);
            // adj: q = abs(q)                                                                    <L 16>
        }
        // adj: if not (x > 3):                                                                   <L 15>
        wp::adj_pos(var_11, adj_11, adj_23);
        // adj: r = +y                                                                            <L 14>
        wp::adj_neg(var_2, adj_2, adj_22);
        // adj: q = -x                                                                            <L 13>
        // adj: w = ~z                                                                            <L 12>
        // adj: z = z >> 2                                                                        <L 11>
        // adj: z = z << 1                                                                        <L 10>
        // adj: z = (y & 7) | (x ^ 2)                                                             <L 9>
        wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_11);
        wp::adj_mul(var_n, var_9, adj_n, adj_9, adj_10);
        wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
        wp::adj_mod(var_2, var_6, adj_2, adj_6, adj_7);
        // adj: y = x // 3 + x % 5 - n * 2                                                        <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = a[i]                                                                          <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def int_ops(a: wp.array(dtype=int), b: wp.array(dtype=wp.int32), n: int):         <L 5>
        continue;
    }
}

