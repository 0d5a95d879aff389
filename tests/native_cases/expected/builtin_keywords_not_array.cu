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



extern "C" __global__ void k_aa4a7104_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_arr,
    wp::array_t<wp::float32> var_arr2,
    wp::array_t<wp::float32> var_out,
    bool var_flag)
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
        bool var_1;
        const wp::float32 var_2 = 1.0;
        bool var_3;
        bool var_4;
        bool var_5;
        const wp::int32 var_6 = 0;
        bool var_7;
        wp::int32* var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::int32 var_11;
        const wp::float32 var_12 = 2.0;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 1.0;
        const wp::float32 var_17 = 0.001;
        wp::vec_t<2, wp::float32> var_18;
        const wp::float32 var_19 = 1.0;
        const wp::float32 var_20 = 1.0;
        wp::vec_t<2, wp::float32> var_21;
        const wp::float32 var_22 = 0.5;
        const wp::float32 var_23 = 2.0;
        const wp::float32 var_24 = 1e-06;
        const wp::float32 var_25 = 1e-06;
        wp::float32 var_26;
        wp::int32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float64 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::float32 var_33 = 2.0;
        const wp::float32 var_34 = 3.0;
        wp::vec_t<3, wp::float32> var_35;
        const wp::float32 var_36 = 4.0;
        const wp::float32 var_37 = 5.0;
        const wp::float32 var_38 = 6.0;
        wp::vec_t<3, wp::float32> var_39;
        wp::mat_t<2, 3, wp::float32> var_40;
        const wp::float32 var_41 = 1.0;
        const wp::float32 var_42 = 2.0;
        wp::vec_t<2, wp::float64> var_43;
        const wp::float64 var_44 = 1.0;
        const wp::float64 var_45 = 2.0;
        const wp::float32 var_46 = 3.0;
        const wp::float32 var_47 = 4.0;
        wp::vec_t<2, wp::float64> var_48;
        const wp::float64 var_49 = 3.0;
        const wp::float64 var_50 = 4.0;
        const wp::float32 var_51 = 5.0;
        const wp::float32 var_52 = 6.0;
        wp::vec_t<2, wp::float64> var_53;
        const wp::float64 var_54 = 5.0;
        const wp::float64 var_55 = 6.0;
        wp::mat_t<2, 3, wp::float64> var_56;
        const wp::float32 var_57 = 2.0;
        wp::vec_t<2, wp::float32> var_58;
        const wp::float32 var_59 = 1.0;
        const wp::float32 var_60 = 2.0;
        wp::vec_t<2, wp::float32> var_61;
        wp::mat_t<2, 2, wp::float32> var_62;
        const wp::int32 var_63 = 1;
        const wp::int32 var_64 = 2;
        wp::float32 var_65;
        const wp::int32 var_66 = 0;
        const wp::int32 var_67 = 0;
        wp::float32 var_68;
        wp::float32 var_69;
        //---------
        // forward
        // def k(arr: wp.array(dtype=int), arr2: wp.array2d(dtype=float), out: wp.array(dtype=float), flag: bool):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // if not arr:                                                                            <L 7>
        var_1 = wp::unot(var_arr);
        if (var_1) {
            // out[tid] = 1.0                                                                     <L 8>
            wp::array_store(var_out, var_0, var_2);
        }
        // empty = not arr2                                                                       <L 9>
        var_3 = wp::unot(var_arr2);
        // if not arr or tid < 0 or arr[tid] == 0:                                                <L 10>
        var_5 = wp::unot(var_arr);
        var_4 = var_5;
        if (!var_4) {
            var_7 = (var_0 < var_6);
            var_4 = var_4 || var_7;
        }
        if (!var_4) {
            var_8 = wp::address(var_arr, var_0);
            var_11 = wp::load(var_8);
            var_10 = (var_11 == var_9);
            var_4 = var_4 || var_10;
        }
        if (var_4) {
            // out[tid] = 2.0                                                                     <L 11>
            wp::array_store(var_out, var_0, var_12);
        }
        // x = out[tid]                                                                           <L 12>
        var_13 = wp::address(var_out, var_0);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // wp.expect_near(x, 1.0, tolerance=1.0e-3)                                               <L 13>
        wp::expect_near(var_14, var_16, var_17);
        // wp.expect_near(wp.vec2(x, x), wp.vec2(1.0, 1.0), tolerance=0.5)                        <L 14>
        var_18 = wp::vec_t<2, wp::float32>(var_14, var_14);
        var_21 = wp::vec_t<2, wp::float32>(var_19, var_20);
        wp::expect_near(var_18, var_21, var_22);
        // wp.expect_near(b=x, a=2.0)                                                             <L 15>
        wp::expect_near(var_23, var_14, var_24);
        // wp.expect_near(x, x)                                                                   <L 16>
        wp::expect_near(var_14, var_14, var_25);
        // out[tid] = float(flag) + float(int(flag)) + float(wp.float64(flag))                    <L 17>
        var_26 = wp::float(var_flag);
        var_27 = wp::int(var_flag);
        var_28 = wp::float(var_27);
        var_29 = wp::add(var_26, var_28);
        var_30 = wp::float64(var_flag);
        var_31 = wp::float(var_30);
        var_32 = wp::add(var_29, var_31);
        wp::array_store(var_out, var_0, var_32);
        // rows = wp.matrix_from_rows(wp.vec3(x, 2.0, 3.0), wp.vec3(4.0, 5.0, 6.0))               <L 18>
        var_35 = wp::vec_t<3, wp::float32>(var_14, var_33, var_34);
        var_39 = wp::vec_t<3, wp::float32>(var_36, var_37, var_38);
        var_40 = wp::matrix_from_rows<2, 3, wp::float32>({var_35, var_39});
        // cols = wp.matrix_from_cols(wp.vec2d(1.0, 2.0), wp.vec2d(3.0, 4.0), wp.vec2d(5.0, 6.0))       <L 19>
        var_43 = wp::vec_t<2, wp::float64>(var_44, var_45);
        var_48 = wp::vec_t<2, wp::float64>(var_49, var_50);
        var_53 = wp::vec_t<2, wp::float64>(var_54, var_55);
        var_56 = wp::matrix_from_cols<2, 3, wp::float64>({var_43, var_48, var_53});
        // sq = wp.matrix_from_rows(wp.vec2(x, 2.0), wp.vec2(1.0, 2.0))                           <L 20>
        var_58 = wp::vec_t<2, wp::float32>(var_14, var_57);
        var_61 = wp::vec_t<2, wp::float32>(var_59, var_60);
        var_62 = wp::matrix_from_rows<wp::float32>(var_58, var_61);
        // out[tid] = rows[1, 2] + sq[0, 0]                                                       <L 21>
        var_65 = wp::extract(var_40, var_63, var_64);
        var_68 = wp::extract(var_62, var_66, var_67);
        var_69 = wp::add(var_65, var_68);
        wp::array_store(var_out, var_0, var_69);
    }
}



extern "C" __global__ void k_aa4a7104_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_arr,
    wp::array_t<wp::float32> var_arr2,
    wp::array_t<wp::float32> var_out,
    bool var_flag,
    wp::array_t<wp::int32> adj_arr,
    wp::array_t<wp::float32> adj_arr2,
    wp::array_t<wp::float32> adj_out,
    bool adj_flag)
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
        bool var_1;
        const wp::float32 var_2 = 1.0;
        bool var_3;
        bool var_4;
        bool var_5;
        const wp::int32 var_6 = 0;
        bool var_7;
        wp::int32* var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::int32 var_11;
        const wp::float32 var_12 = 2.0;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 1.0;
        const wp::float32 var_17 = 0.001;
        wp::vec_t<2, wp::float32> var_18;
        const wp::float32 var_19 = 1.0;
        const wp::float32 var_20 = 1.0;
        wp::vec_t<2, wp::float32> var_21;
        const wp::float32 var_22 = 0.5;
        const wp::float32 var_23 = 2.0;
        const wp::float32 var_24 = 1e-06;
        const wp::float32 var_25 = 1e-06;
        wp::float32 var_26;
        wp::int32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float64 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::float32 var_33 = 2.0;
        const wp::float32 var_34 = 3.0;
        wp::vec_t<3, wp::float32> var_35;
        const wp::float32 var_36 = 4.0;
        const wp::float32 var_37 = 5.0;
        const wp::float32 var_38 = 6.0;
        wp::vec_t<3, wp::float32> var_39;
        wp::mat_t<2, 3, wp::float32> var_40;
        const wp::float32 var_41 = 1.0;
        const wp::float32 var_42 = 2.0;
        wp::vec_t<2, wp::float64> var_43;
        const wp::float64 var_44 = 1.0;
        const wp::float64 var_45 = 2.0;
        const wp::float32 var_46 = 3.0;
        const wp::float32 var_47 = 4.0;
        wp::vec_t<2, wp::float64> var_48;
        const wp::float64 var_49 = 3.0;
        const wp::float64 var_50 = 4.0;
        const wp::float32 var_51 = 5.0;
        const wp::float32 var_52 = 6.0;
        wp::vec_t<2, wp::float64> var_53;
        const wp::float64 var_54 = 5.0;
        const wp::float64 var_55 = 6.0;
        wp::mat_t<2, 3, wp::float64> var_56;
        const wp::float32 var_57 = 2.0;
        wp::vec_t<2, wp::float32> var_58;
        const wp::float32 var_59 = 1.0;
        const wp::float32 var_60 = 2.0;
        wp::vec_t<2, wp::float32> var_61;
        wp::mat_t<2, 2, wp::float32> var_62;
        const wp::int32 var_63 = 1;
        const wp::int32 var_64 = 2;
        wp::float32 var_65;
        const wp::int32 var_66 = 0;
        const wp::int32 var_67 = 0;
        wp::float32 var_68;
        wp::float32 var_69;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::float32 adj_2 = {};
        bool adj_3 = {};
        bool adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        bool adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<2, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float64 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::mat_t<2, 3, wp::float32> adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::vec_t<2, wp::float64> adj_43 = {};
        wp::float64 adj_44 = {};
        wp::float64 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::vec_t<2, wp::float64> adj_48 = {};
        wp::float64 adj_49 = {};
        wp::float64 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::vec_t<2, wp::float64> adj_53 = {};
        wp::float64 adj_54 = {};
        wp::float64 adj_55 = {};
        wp::mat_t<2, 3, wp::float64> adj_56 = {};
        wp::float32 adj_57 = {};
        wp::vec_t<2, wp::float32> adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::vec_t<2, wp::float32> adj_61 = {};
        wp::mat_t<2, 2, wp::float32> adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        //---------
        // forward
        // def k(arr: wp.array(dtype=int), arr2: wp.array2d(dtype=float), out: wp.array(dtype=float), flag: bool):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // if not arr:                                                                            <L 7>
        var_1 = wp::unot(var_arr);
        if (var_1) {
            // out[tid] = 1.0                                                                     <L 8>
            // wp::array_store(var_out, var_0, var_2);
        }
        // empty = not arr2                                                                       <L 9>
        var_3 = wp::unot(var_arr2);
        // if not arr or tid < 0 or arr[tid] == 0:                                                <L 10>
        var_5 = wp::unot(var_arr);
        var_4 = var_5;
        if (!var_4) {
            var_7 = (var_0 < var_6);
            var_4 = var_4 || var_7;
        }
        if (!var_4) {
            var_8 = wp::address(var_arr, var_0);
            var_11 = wp::load(var_8);
            var_10 = (var_11 == var_9);
            var_4 = var_4 || var_10;
        }
        if (var_4) {
            // out[tid] = 2.0                                                                     <L 11>
            // wp::array_store(var_out, var_0, var_12);
        }
        // x = out[tid]                                                                           <L 12>
        var_13 = wp::address(var_out, var_0);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // wp.expect_near(x, 1.0, tolerance=1.0e-3)                                               <L 13>
        wp::expect_near(var_14, var_16, var_17);
        // wp.expect_near(wp.vec2(x, x), wp.vec2(1.0, 1.0), tolerance=0.5)                        <L 14>
        var_18 = wp::vec_t<2, wp::float32>(var_14, var_14);
        var_21 = wp::vec_t<2, wp::float32>(var_19, var_20);
        wp::expect_near(var_18, var_21, var_22);
        // wp.expect_near(b=x, a=2.0)                                                             <L 15>
        wp::expect_near(var_23, var_14, var_24);
        // wp.expect_near(x, x)                                                                   <L 16>
        wp::expect_near(var_14, var_14, var_25);
        // out[tid] = float(flag) + float(int(flag)) + float(wp.float64(flag))                    <L 17>
        var_26 = wp::float(var_flag);
        var_27 = wp::int(var_flag);
        var_28 = wp::float(var_27);
        var_29 = wp::add(var_26, var_28);
        var_30 = wp::float64(var_flag);
        var_31 = wp::float(var_30);
        var_32 = wp::add(var_29, var_31);
        // wp::array_store(var_out, var_0, var_32);
        // rows = wp.matrix_from_rows(wp.vec3(x, 2.0, 3.0), wp.vec3(4.0, 5.0, 6.0))               <L 18>
        var_35 = wp::vec_t<3, wp::float32>(var_14, var_33, var_34);
        var_39 = wp::vec_t<3, wp::float32>(var_36, var_37, var_38);
        var_40 = wp::matrix_from_rows<2, 3, wp::float32>({var_35, var_39});
        // cols = wp.matrix_from_cols(wp.vec2d(1.0, 2.0), wp.vec2d(3.0, 4.0), wp.vec2d(5.0, 6.0))       <L 19>
        var_43 = wp::vec_t<2, wp::float64>(var_44, var_45);
        var_48 = wp::vec_t<2, wp::float64>(var_49, var_50);
        var_53 = wp::vec_t<2, wp::float64>(var_54, var_55);
        var_56 = wp::matrix_from_cols<2, 3, wp::float64>({var_43, var_48, var_53});
        // sq = wp.matrix_from_rows(wp.vec2(x, 2.0), wp.vec2(1.0, 2.0))                           <L 20>
        var_58 = wp::vec_t<2, wp::float32>(var_14, var_57);
        var_61 = wp::vec_t<2, wp::float32>(var_59, var_60);
        var_62 = wp::matrix_from_rows<wp::float32>(var_58, var_61);
        // out[tid] = rows[1, 2] + sq[0, 0]                                                       <L 21>
        var_65 = wp::extract(var_40, var_63, var_64);
        var_68 = wp::extract(var_62, var_66, var_67);
        var_69 = wp::add(var_65, var_68);
        // wp::array_store(var_out, var_0, var_69);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_69, adj_out, adj_0, adj_69);
        wp::adj_add(var_65, var_68, adj_65, adj_68, adj_69);
        wp::adj_extract(var_62, var_66, var_67, adj_62, adj_66, adj_67, adj_68);
        wp::adj_extract(var_40, var_63, var_64, adj_40, adj_63, adj_64, adj_65);
        // adj: out[tid] = rows[1, 2] + sq[0, 0]                                                  <L 21>
        wp::adj_matrix_from_rows(var_58, var_61, adj_58, adj_61, adj_62);
        wp::adj_vec_t(var_59, var_60, adj_59, adj_60, adj_61);
        wp::adj_vec_t(var_14, var_57, adj_14, adj_57, adj_58);
        // adj: sq = wp.matrix_from_rows(wp.vec2(x, 2.0), wp.vec2(1.0, 2.0))                      <L 20>
        wp::adj_matrix_from_cols({var_43, var_48, var_53}, {&adj_43, &adj_48, &adj_53}, adj_56);
        wp::adj_vec_t(var_54, var_55, adj_54, adj_55, adj_53);
        wp::adj_vec_t(var_49, var_50, adj_49, adj_50, adj_48);
        wp::adj_vec_t(var_44, var_45, adj_44, adj_45, adj_43);
        // adj: cols = wp.matrix_from_cols(wp.vec2d(1.0, 2.0), wp.vec2d(3.0, 4.0), wp.vec2d(5.0, 6.0))  <L 19>
        wp::adj_matrix_from_rows({var_35, var_39}, {&adj_35, &adj_39}, adj_40);
        wp::adj_vec_t(var_36, var_37, var_38, adj_36, adj_37, adj_38, adj_39);
        wp::adj_vec_t(var_14, var_33, var_34, adj_14, adj_33, adj_34, adj_35);
        // adj: rows = wp.matrix_from_rows(wp.vec3(x, 2.0, 3.0), wp.vec3(4.0, 5.0, 6.0))          <L 18>
        wp::adj_array_store(var_out, var_0, var_32, adj_out, adj_0, adj_32);
        wp::adj_add(var_29, var_31, adj_29, adj_31, adj_32);
        wp::adj_float(var_30, adj_30, adj_31);
        wp::adj_float64(var_flag, adj_flag, adj_30);
        wp::adj_add(var_26, var_28, adj_26, adj_28, adj_29);
        wp::adj_float(var_27, adj_27, adj_28);
        wp::adj_float(var_flag, adj_flag, adj_26);
        // adj: out[tid] = float(flag) + float(int(flag)) + float(wp.float64(flag))               <L 17>
        // adj: wp.expect_near(x, x)                                                              <L 16>
        // adj: wp.expect_near(b=x, a=2.0)                                                        <L 15>
        wp::adj_vec_t(var_19, var_20, adj_19, adj_20, adj_21);
        wp::adj_vec_t(var_14, var_14, adj_14, adj_14, adj_18);
        // adj: wp.expect_near(wp.vec2(x, x), wp.vec2(1.0, 1.0), tolerance=0.5)                   <L 14>
        // adj: wp.expect_near(x, 1.0, tolerance=1.0e-3)                                          <L 13>
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_out, var_0, adj_out, adj_0, adj_13);
        // adj: x = out[tid]                                                                      <L 12>
        if (var_4) {
            wp::adj_array_store(var_out, var_0, var_12, adj_out, adj_0, adj_12);
            // adj: out[tid] = 2.0                                                                <L 11>
        }
        if (!var_4) {
            wp::adj_address(var_arr, var_0, adj_arr, adj_0, adj_8);
        }
        if (!var_4) {
        }
        // adj: if not arr or tid < 0 or arr[tid] == 0:                                           <L 10>
        // adj: empty = not arr2                                                                  <L 9>
        if (var_1) {
            wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
            // adj: out[tid] = 1.0                                                                <L 8>
        }
        // adj: if not arr:                                                                       <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def k(arr: wp.array(dtype=int), arr2: wp.array2d(dtype=float), out: wp.array(dtype=float), flag: bool):  <L 5>
        continue;
    }
}

