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



extern "C" __global__ void k_572a7035_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 40;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 37;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 34;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 31;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 28;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = 25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 22;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 19;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 16;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 13;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::int32 var_40 = 10;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 7;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 4;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::int32 var_49 = 20;
        wp::range_t var_50;
        wp::int32 var_51;
        const wp::float32 var_52 = 100.0;
        bool var_53;
        const wp::float32 var_54 = 1.01;
        wp::float32 var_55;
        const wp::int32 var_56 = 18;
        wp::range_t var_57;
        wp::int32 var_58;
        const wp::int32 var_59 = 3;
        bool var_60;
        const wp::float32 var_61 = 0.5;
        wp::float32 var_62;
        //---------
        // forward
        // def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                           <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // s = float(0.0)                                                                         <L 7>
        var_2 = wp::float(var_1);
        // for j in range(32):                                                                    <L 8>
        var_3 = 0;
        start_for_0:;
            if (var_3 >= 32) goto end_for_0;
            var_4 = var_3;
            var_3 += 1;
            // s = s + a[i] * float(j)                                                            <L 9>
            var_5 = wp::address(var_a, var_0);
            var_6 = wp::float(var_4);
            var_8 = wp::load(var_5);
            var_7 = wp::mul(var_8, var_6);
            var_9 = wp::add(var_2, var_7);
            wp::assign(var_2, var_9);
            goto start_for_0;
        end_for_0:;
        // for j in range(40, 2, -3):                                                             <L 10>
        // s = s - float(j)                                                                       <L 11>
        var_11 = wp::float(var_10);
        var_12 = wp::sub(var_2, var_11);
        var_14 = wp::float(var_13);
        var_15 = wp::sub(var_12, var_14);
        var_17 = wp::float(var_16);
        var_18 = wp::sub(var_15, var_17);
        var_20 = wp::float(var_19);
        var_21 = wp::sub(var_18, var_20);
        var_23 = wp::float(var_22);
        var_24 = wp::sub(var_21, var_23);
        var_26 = wp::float(var_25);
        var_27 = wp::sub(var_24, var_26);
        var_29 = wp::float(var_28);
        var_30 = wp::sub(var_27, var_29);
        var_32 = wp::float(var_31);
        var_33 = wp::sub(var_30, var_32);
        var_35 = wp::float(var_34);
        var_36 = wp::sub(var_33, var_35);
        var_38 = wp::float(var_37);
        var_39 = wp::sub(var_36, var_38);
        var_41 = wp::float(var_40);
        var_42 = wp::sub(var_39, var_41);
        var_44 = wp::float(var_43);
        var_45 = wp::sub(var_42, var_44);
        var_47 = wp::float(var_46);
        var_48 = wp::sub(var_45, var_47);
        // for j in range(20):                                                                    <L 12>
        var_50 = wp::range(var_49);
        start_for_2:;
            if (iter_cmp(var_50) == 0) goto end_for_2;
            var_51 = wp::iter_next(var_50);
            // if s > 100.0:                                                                      <L 13>
            var_53 = (var_48 > var_52);
            if (var_53) {
                // break                                                                          <L 14>
                goto end_for_2;
            }
            // s = s * 1.01                                                                       <L 15>
            var_55 = wp::mul(var_48, var_54);
            wp::assign(var_48, var_55);
            goto start_for_2;
        end_for_2:;
        // for j in range(18):                                                                    <L 16>
        var_57 = wp::range(var_56);
        start_for_4:;
            if (iter_cmp(var_57) == 0) goto end_for_4;
            var_58 = wp::iter_next(var_57);
            // if j == 3:                                                                         <L 17>
            var_60 = (var_58 == var_59);
            if (var_60) {
                // continue                                                                       <L 18>
                goto start_for_4;
            }
            // s = s + 0.5                                                                        <L 19>
            var_62 = wp::add(var_48, var_61);
            wp::assign(var_48, var_62);
            goto start_for_4;
        end_for_4:;
        // out[i] = s                                                                             <L 20>
        wp::array_store(var_out, var_0, var_48);
    }
}



extern "C" __global__ void k_572a7035_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 40;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 37;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 34;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 31;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 28;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = 25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 22;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 19;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 16;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 13;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::int32 var_40 = 10;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 7;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 4;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::int32 var_49 = 20;
        wp::range_t var_50;
        wp::int32 var_51;
        const wp::float32 var_52 = 100.0;
        bool var_53;
        const wp::float32 var_54 = 1.01;
        wp::float32 var_55;
        const wp::int32 var_56 = 18;
        wp::range_t var_57;
        wp::int32 var_58;
        const wp::int32 var_59 = 3;
        bool var_60;
        const wp::float32 var_61 = 0.5;
        wp::float32 var_62;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
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
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::range_t adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        bool adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::range_t adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        bool adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                           <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // s = float(0.0)                                                                         <L 7>
        var_2 = wp::float(var_1);
        // for j in range(32):                                                                    <L 8>
        var_3 = 0;
        // for j in range(40, 2, -3):                                                             <L 10>
        // s = s - float(j)                                                                       <L 11>
        var_11 = wp::float(var_10);
        var_12 = wp::sub(var_2, var_11);
        var_14 = wp::float(var_13);
        var_15 = wp::sub(var_12, var_14);
        var_17 = wp::float(var_16);
        var_18 = wp::sub(var_15, var_17);
        var_20 = wp::float(var_19);
        var_21 = wp::sub(var_18, var_20);
        var_23 = wp::float(var_22);
        var_24 = wp::sub(var_21, var_23);
        var_26 = wp::float(var_25);
        var_27 = wp::sub(var_24, var_26);
        var_29 = wp::float(var_28);
        var_30 = wp::sub(var_27, var_29);
        var_32 = wp::float(var_31);
        var_33 = wp::sub(var_30, var_32);
        var_35 = wp::float(var_34);
        var_36 = wp::sub(var_33, var_35);
        var_38 = wp::float(var_37);
        var_39 = wp::sub(var_36, var_38);
        var_41 = wp::float(var_40);
        var_42 = wp::sub(var_39, var_41);
        var_44 = wp::float(var_43);
        var_45 = wp::sub(var_42, var_44);
        var_47 = wp::float(var_46);
        var_48 = wp::sub(var_45, var_47);
        // for j in range(20):                                                                    <L 12>
        var_50 = wp::range(var_49);
        // for j in range(18):                                                                    <L 16>
        var_57 = wp::range(var_56);
        // out[i] = s                                                                             <L 20>
        // wp::array_store(var_out, var_0, var_48);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_48, adj_out, adj_0, adj_48);
        // adj: out[i] = s                                                                        <L 20>
        var_57 = wp::iter_reverse(var_57);
        start_for_4:;
            if (iter_cmp(var_57) == 0) goto end_for_4;
            var_58 = wp::iter_next(var_57);
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
            // if j == 3:                                                                         <L 17>
            var_60 = (var_58 == var_59);
            if (var_60) {
                // continue                                                                       <L 18>
                goto start_for_4;
            }
            // s = s + 0.5                                                                        <L 19>
            var_62 = wp::add(var_48, var_61);
            wp::assign(var_48, var_62);
            wp::adj_assign(var_48, var_62, adj_48, adj_62);
            wp::adj_add(var_48, var_61, adj_48, adj_61, adj_62);
            // adj: s = s + 0.5                                                                   <L 19>
            if (var_60) {
                // adj: continue                                                                  <L 18>
            }
            // adj: if j == 3:                                                                    <L 17>
        	goto start_for_4;
        end_for_4:;
        // adj: for j in range(18):                                                               <L 16>
        var_50 = wp::iter_reverse(var_50);
        start_for_2:;
            if (iter_cmp(var_50) == 0) goto end_for_2;
            var_51 = wp::iter_next(var_50);
        	adj_52 = {};
        	adj_53 = {};
        	adj_54 = {};
        	adj_55 = {};
            // if s > 100.0:                                                                      <L 13>
            var_53 = (var_48 > var_52);
            if (var_53) {
                // break                                                                          <L 14>
                goto end_for_2;
            }
            // s = s * 1.01                                                                       <L 15>
            var_55 = wp::mul(var_48, var_54);
            wp::assign(var_48, var_55);
            wp::adj_assign(var_48, var_55, adj_48, adj_55);
            wp::adj_mul(var_48, var_54, adj_48, adj_54, adj_55);
            // adj: s = s * 1.01                                                                  <L 15>
            if (var_53) {
                // adj: break                                                                     <L 14>
            }
            // adj: if s > 100.0:                                                                 <L 13>
        	goto start_for_2;
        end_for_2:;
        // adj: for j in range(20):                                                               <L 12>
        wp::adj_sub(var_45, var_47, adj_45, adj_47, adj_48);
        wp::adj_float(var_46, adj_46, adj_47);
        wp::adj_sub(var_42, var_44, adj_42, adj_44, adj_45);
        wp::adj_float(var_43, adj_43, adj_44);
        wp::adj_sub(var_39, var_41, adj_39, adj_41, adj_42);
        wp::adj_float(var_40, adj_40, adj_41);
        wp::adj_sub(var_36, var_38, adj_36, adj_38, adj_39);
        wp::adj_float(var_37, adj_37, adj_38);
        wp::adj_sub(var_33, var_35, adj_33, adj_35, adj_36);
        wp::adj_float(var_34, adj_34, adj_35);
        wp::adj_sub(var_30, var_32, adj_30, adj_32, adj_33);
        wp::adj_float(var_31, adj_31, adj_32);
        wp::adj_sub(var_27, var_29, adj_27, adj_29, adj_30);
        wp::adj_float(var_28, adj_28, adj_29);
        wp::adj_sub(var_24, var_26, adj_24, adj_26, adj_27);
        wp::adj_float(var_25, adj_25, adj_26);
        wp::adj_sub(var_21, var_23, adj_21, adj_23, adj_24);
        wp::adj_float(var_22, adj_22, adj_23);
        wp::adj_sub(var_18, var_20, adj_18, adj_20, adj_21);
        wp::adj_float(var_19, adj_19, adj_20);
        wp::adj_sub(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_float(var_16, adj_16, adj_17);
        wp::adj_sub(var_12, var_14, adj_12, adj_14, adj_15);
        wp::adj_float(var_13, adj_13, adj_14);
        wp::adj_sub(var_2, var_11, adj_2, adj_11, adj_12);
        wp::adj_float(var_10, adj_10, adj_11);
        // adj: s = s - float(j)                                                                  <L 11>
        // adj: for j in range(40, 2, -3):                                                        <L 10>
        var_3 = 31;
        start_for_0:;
        	if (var_3 < 0) goto end_for_0;
        	var_4 = var_3;
        	var_3 -= 1;
        	adj_5 = {};
        	adj_6 = {};
        	adj_7 = {};
        	adj_8 = {};
        	adj_9 = {};
            // s = s + a[i] * float(j)                                                            <L 9>
            var_5 = wp::address(var_a, var_0);
            var_6 = wp::float(var_4);
            var_8 = wp::load(var_5);
            var_7 = wp::mul(var_8, var_6);
            var_9 = wp::add(var_2, var_7);
            wp::assign(var_2, var_9);
            wp::adj_assign(var_2, var_9, adj_2, adj_9);
            wp::adj_add(var_2, var_7, adj_2, adj_7, adj_9);
            wp::adj_mul(var_8, var_6, adj_5, adj_6, adj_7);
            wp::adj_float(var_4, adj_4, adj_6);
            wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
            // adj: s = s + a[i] * float(j)                                                       <L 9>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in range(32):                                                               <L 8>
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: s = float(0.0)                                                                    <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                      <L 5>
        continue;
    }
}

