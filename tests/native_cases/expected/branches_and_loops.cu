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



extern "C" __global__ void branches_670b98e9_cuda_kernel_forward(
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        bool var_5;
        const wp::float32 var_6 = 2.0;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = -1.0;
        bool var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 1.0;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 2;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::range_t var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        const wp::float32 var_29 = 1.0;
        bool var_30;
        const wp::float32 var_31 = 0.5;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.25;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 0;
        wp::int32 var_37;
        bool var_38;
        const wp::int32 var_39 = 0;
        wp::int32 var_40;
        const wp::int32 var_41 = 2;
        bool var_42;
        const wp::int32 var_43 = 1;
        wp::int32 var_44;
        const wp::int32 var_45 = 1;
        bool var_46;
        wp::int32 var_47;
        const wp::float32 var_48 = 0.125;
        wp::float32 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        const wp::float32 var_52 = 1.0;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        const wp::float32 var_64 = 1.0;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        const wp::float32 var_71 = 0.5;
        wp::float32 var_72;
        wp::float32 var_73;
        //---------
        // forward
        // def branches(a: wp.array(dtype=float), n: int):                                        <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 7>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if x > 0.0:                                                                            <L 8>
        var_5 = (var_2 > var_4);
        if (var_5) {
            // only_if = x * 2.0                                                                  <L 9>
            var_7 = wp::mul(var_2, var_6);
            // x = only_if                                                                        <L 10>
            var_8 = wp::copy(var_7);
        }
        if (!var_5) {
            // elif x < -1.0:                                                                     <L 11>
            var_10 = (var_2 < var_9);
            if (var_10) {
                // x = -x                                                                         <L 12>
                var_11 = wp::neg(var_2);
            }
            if (!var_10) {
                // other = 1.0                                                                    <L 14>
            }
            var_13 = wp::where(var_10, var_11, var_2);
        }
        var_14 = wp::where(var_5, var_8, var_13);
        // for j in range(3):                                                                     <L 15>
        // x = x + float(j)                                                                       <L 16>
        var_16 = wp::float(var_15);
        var_17 = wp::add(var_14, var_16);
        var_19 = wp::float(var_18);
        var_20 = wp::add(var_17, var_19);
        var_22 = wp::float(var_21);
        var_23 = wp::add(var_20, var_22);
        // for j in range(n):                                                                     <L 17>
        var_24 = wp::range(var_n);
        var_25 = wp::copy(var_21);
        start_for_0:;
            if (iter_cmp(var_24) == 0) goto end_for_0;
            var_26 = wp::iter_next(var_24);
            // j = j + 1                                                                          <L 18>
            var_28 = wp::add(var_26, var_27);
            // x = x * 0.5 if x > 1.0 else x + 0.25                                               <L 19>
            var_30 = (var_23 > var_29);
            if (var_30) {
                var_32 = wp::mul(var_23, var_31);
            }
            if (!var_30) {
                var_34 = wp::add(var_23, var_33);
            }
            var_35 = wp::where(var_30, var_32, var_34);
            wp::assign(var_23, var_35);
            wp::assign(var_26, var_28);
            goto start_for_0;
        end_for_0:;
        // k = int(0)                                                                             <L 20>
        var_37 = wp::int(var_36);
        // while k < n:                                                                           <L 21>
        start_while_2:;
        var_38 = (var_37 < var_n);
        if ((var_38) == false) goto end_while_2;
            // inner = int(0)                                                                     <L 22>
            var_40 = wp::int(var_39);
            // while inner < 2:                                                                   <L 23>
        start_while_4:;
            var_42 = (var_40 < var_41);
        if ((var_42) == false) goto end_while_4;
                // inner = inner + 1                                                              <L 24>
                var_44 = wp::add(var_40, var_43);
                // if inner == 1:                                                                 <L 25>
                var_46 = (var_44 == var_45);
                if (var_46) {
                    // continue                                                                   <L 26>
                    wp::assign(var_40, var_44);
                    goto start_while_4;
                }
                var_47 = wp::where(var_46, var_40, var_44);
                // x = x - 0.125                                                                  <L 27>
                var_49 = wp::sub(var_23, var_48);
                wp::assign(var_23, var_49);
                wp::assign(var_40, var_47);
        goto start_while_4;
        end_while_4:;
            // k = k + 1                                                                          <L 28>
            var_51 = wp::add(var_37, var_50);
            wp::assign(var_37, var_51);
        goto start_while_2;
        end_while_2:;
        // y = (x +                                                                               <L 29>
        // 1.0 *                                                                                  <L 30>
        // wp.sin(                                                                                <L 31>
        // x))                                                                                    <L 32>
        var_53 = wp::sin(var_23);
        var_54 = wp::mul(var_52, var_53);
        var_55 = wp::add(var_23, var_54);
        // a[i] = y + wp.cos(x) + wp.sqrt(wp.abs(x)) + wp.exp(-x) + wp.log(1.0 + wp.abs(y)) + wp.max(x, y) + wp.min(y, 0.5)       <L 33>
        var_56 = wp::cos(var_23);
        var_57 = wp::add(var_55, var_56);
        var_58 = wp::abs(var_23);
        var_59 = wp::sqrt(var_58);
        var_60 = wp::add(var_57, var_59);
        var_61 = wp::neg(var_23);
        var_62 = wp::exp(var_61);
        var_63 = wp::add(var_60, var_62);
        var_65 = wp::abs(var_55);
        var_66 = wp::add(var_64, var_65);
        var_67 = wp::log(var_66);
        var_68 = wp::add(var_63, var_67);
        var_69 = wp::max(var_23, var_55);
        var_70 = wp::add(var_68, var_69);
        var_72 = wp::min(var_55, var_71);
        var_73 = wp::add(var_70, var_72);
        wp::array_store(var_a, var_0, var_73);
    }
}



extern "C" __global__ void branches_670b98e9_cuda_kernel_backward(
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        bool var_5;
        const wp::float32 var_6 = 2.0;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = -1.0;
        bool var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 1.0;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 2;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::range_t var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        const wp::float32 var_29 = 1.0;
        bool var_30;
        const wp::float32 var_31 = 0.5;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.25;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 0;
        wp::int32 var_37;
        bool var_38;
        const wp::int32 var_39 = 0;
        wp::int32 var_40;
        const wp::int32 var_41 = 2;
        bool var_42;
        const wp::int32 var_43 = 1;
        wp::int32 var_44;
        const wp::int32 var_45 = 1;
        bool var_46;
        wp::int32 var_47;
        const wp::float32 var_48 = 0.125;
        wp::float32 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        const wp::float32 var_52 = 1.0;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        const wp::float32 var_64 = 1.0;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        const wp::float32 var_71 = 0.5;
        wp::float32 var_72;
        wp::float32 var_73;
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
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        bool adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::range_t adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        bool adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        bool adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        bool adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        bool adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        //---------
        // forward
        // def branches(a: wp.array(dtype=float), n: int):                                        <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 7>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if x > 0.0:                                                                            <L 8>
        var_5 = (var_2 > var_4);
        if (var_5) {
            // only_if = x * 2.0                                                                  <L 9>
            var_7 = wp::mul(var_2, var_6);
            // x = only_if                                                                        <L 10>
            var_8 = wp::copy(var_7);
        }
        if (!var_5) {
            // elif x < -1.0:                                                                     <L 11>
            var_10 = (var_2 < var_9);
            if (var_10) {
                // x = -x                                                                         <L 12>
                var_11 = wp::neg(var_2);
            }
            if (!var_10) {
                // other = 1.0                                                                    <L 14>
            }
            var_13 = wp::where(var_10, var_11, var_2);
        }
        var_14 = wp::where(var_5, var_8, var_13);
        // for j in range(3):                                                                     <L 15>
        // x = x + float(j)                                                                       <L 16>
        var_16 = wp::float(var_15);
        var_17 = wp::add(var_14, var_16);
        var_19 = wp::float(var_18);
        var_20 = wp::add(var_17, var_19);
        var_22 = wp::float(var_21);
        var_23 = wp::add(var_20, var_22);
        // for j in range(n):                                                                     <L 17>
        var_24 = wp::range(var_n);
        var_25 = wp::copy(var_21);
        // k = int(0)                                                                             <L 20>
        var_37 = wp::int(var_36);
        // while k < n:                                                                           <L 21>
        // y = (x +                                                                               <L 29>
        // 1.0 *                                                                                  <L 30>
        // wp.sin(                                                                                <L 31>
        // x))                                                                                    <L 32>
        var_53 = wp::sin(var_23);
        var_54 = wp::mul(var_52, var_53);
        var_55 = wp::add(var_23, var_54);
        // a[i] = y + wp.cos(x) + wp.sqrt(wp.abs(x)) + wp.exp(-x) + wp.log(1.0 + wp.abs(y)) + wp.max(x, y) + wp.min(y, 0.5)       <L 33>
        var_56 = wp::cos(var_23);
        var_57 = wp::add(var_55, var_56);
        var_58 = wp::abs(var_23);
        var_59 = wp::sqrt(var_58);
        var_60 = wp::add(var_57, var_59);
        var_61 = wp::neg(var_23);
        var_62 = wp::exp(var_61);
        var_63 = wp::add(var_60, var_62);
        var_65 = wp::abs(var_55);
        var_66 = wp::add(var_64, var_65);
        var_67 = wp::log(var_66);
        var_68 = wp::add(var_63, var_67);
        var_69 = wp::max(var_23, var_55);
        var_70 = wp::add(var_68, var_69);
        var_72 = wp::min(var_55, var_71);
        var_73 = wp::add(var_70, var_72);
        // wp::array_store(var_a, var_0, var_73);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_73, adj_a, adj_0, adj_73);
        wp::adj_add(var_70, var_72, adj_70, adj_72, adj_73);
        wp::adj_min(var_55, var_71, adj_55, adj_71, adj_72);
        wp::adj_add(var_68, var_69, adj_68, adj_69, adj_70);
        wp::adj_max(var_23, var_55, adj_23, adj_55, adj_69);
        wp::adj_add(var_63, var_67, adj_63, adj_67, adj_68);
        wp::adj_log(var_66, adj_66, adj_67);
        wp::adj_add(var_64, var_65, adj_64, adj_65, adj_66);
        wp::adj_abs(var_55, adj_55, adj_65);
        wp::adj_add(var_60, var_62, adj_60, adj_62, adj_63);
        wp::adj_exp(var_61, var_62, adj_61, adj_62);
        wp::adj_neg(var_23, adj_23, adj_61);
        wp::adj_add(var_57, var_59, adj_57, adj_59, adj_60);
        wp::adj_sqrt(var_58, var_59, adj_58, adj_59);
        wp::adj_abs(var_23, adj_23, adj_58);
        wp::adj_add(var_55, var_56, adj_55, adj_56, adj_57);
        wp::adj_cos(var_23, adj_23, adj_56);
        // adj: a[i] = y + wp.cos(x) + wp.sqrt(wp.abs(x)) + wp.exp(-x) + wp.log(1.0 + wp.abs(y)) + wp.max(x, y) + wp.min(y, 0.5)  <L 33>
        wp::adj_add(var_23, var_54, adj_23, adj_54, adj_55);
        wp::adj_mul(var_52, var_53, adj_52, adj_53, adj_54);
        wp::adj_sin(var_23, adj_23, adj_53);
        // adj: x))                                                                               <L 32>
        // adj: wp.sin(                                                                           <L 31>
        // adj: 1.0 *                                                                             <L 30>
        // adj: y = (x +                                                                          <L 29>
        start_while_2:;
        var_38 = (var_37 < var_n);
        if ((var_38) == false) goto end_while_2;
        adj_39 = {};
        adj_40 = {};
        adj_50 = {};
        adj_51 = {};
            // inner = int(0)                                                                     <L 22>
            var_40 = wp::int(var_39);
            // while inner < 2:                                                                   <L 23>
            // k = k + 1                                                                          <L 28>
            var_51 = wp::add(var_37, var_50);
            wp::assign(var_37, var_51);
            wp::adj_assign(var_37, var_51, adj_37, adj_51);
            wp::adj_add(var_37, var_50, adj_37, adj_50, adj_51);
            // adj: k = k + 1                                                                     <L 28>
        start_while_4:;
            var_42 = (var_40 < var_41);
        if ((var_42) == false) goto end_while_4;
        adj_43 = {};
        adj_44 = {};
        adj_45 = {};
        adj_46 = {};
        adj_47 = {};
        adj_48 = {};
        adj_49 = {};
                // inner = inner + 1                                                              <L 24>
                var_44 = wp::add(var_40, var_43);
                // if inner == 1:                                                                 <L 25>
                var_46 = (var_44 == var_45);
                if (var_46) {
                    // continue                                                                   <L 26>
                    wp::assign(var_40, var_44);
                    goto start_while_4;
                }
                var_47 = wp::where(var_46, var_40, var_44);
                // x = x - 0.125                                                                  <L 27>
                var_49 = wp::sub(var_23, var_48);
                wp::assign(var_23, var_49);
                wp::assign(var_40, var_47);
                wp::adj_assign(var_40, var_47, adj_40, adj_47);
                wp::adj_assign(var_23, var_49, adj_23, adj_49);
                wp::adj_sub(var_23, var_48, adj_23, adj_48, adj_49);
                // adj: x = x - 0.125                                                             <L 27>
                wp::adj_where(var_46, var_40, var_44, adj_46, adj_40, adj_44, adj_47);
                if (var_46) {
                    wp::adj_assign(var_40, var_44, adj_40, adj_44);
                    // adj: continue                                                              <L 26>
                }
                // adj: if inner == 1:                                                            <L 25>
                wp::adj_add(var_40, var_43, adj_40, adj_43, adj_44);
                // adj: inner = inner + 1                                                         <L 24>
        goto start_while_4;
        end_while_4:;
            // adj: while inner < 2:                                                              <L 23>
            // adj: inner = int(0)                                                                <L 22>
        goto start_while_2;
        end_while_2:;
        // adj: while k < n:                                                                      <L 21>
        // adj: k = int(0)                                                                        <L 20>
        var_24 = wp::iter_reverse(var_24);
        start_for_0:;
            if (iter_cmp(var_24) == 0) goto end_for_0;
            var_26 = wp::iter_next(var_24);
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
            // j = j + 1                                                                          <L 18>
            var_28 = wp::add(var_26, var_27);
            // x = x * 0.5 if x > 1.0 else x + 0.25                                               <L 19>
            var_30 = (var_23 > var_29);
            if (var_30) {
                var_32 = wp::mul(var_23, var_31);
            }
            if (!var_30) {
                var_34 = wp::add(var_23, var_33);
            }
            var_35 = wp::where(var_30, var_32, var_34);
            wp::assign(var_23, var_35);
            wp::assign(var_26, var_28);
            wp::adj_assign(var_26, var_28, adj_26, adj_28);
            wp::adj_assign(var_23, var_35, adj_23, adj_35);
            wp::adj_where(var_30, var_32, var_34, adj_30, adj_32, adj_34, adj_35);
            if (!var_30) {
                wp::adj_add(var_23, var_33, adj_23, adj_33, adj_34);
            }
            if (var_30) {
                wp::adj_mul(var_23, var_31, adj_23, adj_31, adj_32);
            }
            // adj: x = x * 0.5 if x > 1.0 else x + 0.25                                          <L 19>
            wp::adj_add(var_26, var_27, adj_26, adj_27, adj_28);
            // adj: j = j + 1                                                                     <L 18>
        	goto start_for_0;
        end_for_0:;
        wp::adj_copy(var_21, adj_21, adj_25);
        // adj: for j in range(n):                                                                <L 17>
        wp::adj_add(var_20, var_22, adj_20, adj_22, adj_23);
        wp::adj_float(var_21, adj_21, adj_22);
        wp::adj_add(var_17, var_19, adj_17, adj_19, adj_20);
        wp::adj_float(var_18, adj_18, adj_19);
        wp::adj_add(var_14, var_16, adj_14, adj_16, adj_17);
        wp::adj_float(var_15, adj_15, adj_16);
        // adj: x = x + float(j)                                                                  <L 16>
        // adj: for j in range(3):                                                                <L 15>
        wp::adj_where(var_5, var_8, var_13, adj_5, adj_8, adj_13, adj_14);
        if (!var_5) {
            wp::adj_where(var_10, var_11, var_2, adj_10, adj_11, adj_2, adj_13);
            if (!var_10) {
                // adj: other = 1.0                                                               <L 14>
            }
            if (var_10) {
                wp::adj_neg(var_2, adj_2, adj_11);
                // adj: x = -x                                                                    <L 12>
            }
            // adj: elif x < -1.0:                                                                <L 11>
        }
        if (var_5) {
            wp::adj_copy(var_7, adj_7, adj_8);
            // adj: x = only_if                                                                   <L 10>
            wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
            // adj: only_if = x * 2.0                                                             <L 9>
        }
        // adj: if x > 0.0:                                                                       <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = a[i]                                                                          <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def branches(a: wp.array(dtype=float), n: int):                                   <L 5>
        continue;
    }
}

