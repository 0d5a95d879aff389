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


// warpsynth/composite_slices.py:11
static CUDA_CALLABLE wp::vec_t<2, wp::float32> tail_0(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::slice_t var_1;
    const wp::int32 var_2 = 1;
    const wp::int32 var_3 = 3;
    const wp::int32 var_4 = 1;
    wp::vec_t<2, wp::float32> var_5;
    //---------
    // forward
    // def tail(v: wp.vec3):                                                                  <L 12>
    // return v[1:]                                                                           <L 13>
    var_1 = wp::slice_t(var_2, var_3, var_4);
    var_5 = wp::extract<2>(var_v, var_1);
    return var_5;
}


// warpsynth/composite_slices.py:11
static CUDA_CALLABLE void adj_tail_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::slice_t var_1;
    const wp::int32 var_2 = 1;
    const wp::int32 var_3 = 3;
    const wp::int32 var_4 = 1;
    wp::vec_t<2, wp::float32> var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::slice_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    //---------
    // forward
    // def tail(v: wp.vec3):                                                                  <L 12>
    // return v[1:]                                                                           <L 13>
    var_1 = wp::slice_t(var_2, var_3, var_4);
    var_5 = wp::extract<2>(var_v, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_extract(var_v, var_1, adj_v, adj_1, adj_5);
    // adj: return v[1:]                                                                      <L 13>
    // adj: def tail(v: wp.vec3):                                                             <L 12>
    return;
}



extern "C" __global__ void matrices_685ac15b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> var_m2,
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 2;
        wp::slice_t var_6;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 2;
        const wp::int32 var_9 = 1;
        const wp::int32 var_10 = 1;
        wp::vec_t<2, wp::float32> var_11;
        const wp::int32 var_12 = 1;
        wp::slice_t var_13;
        const wp::int32 var_14 = 1;
        const wp::int32 var_15 = 3;
        const wp::int32 var_16 = 1;
        const wp::int32 var_17 = 2;
        wp::slice_t var_18;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 2;
        const wp::int32 var_21 = 1;
        wp::mat_t<2, 2, wp::float32> var_22;
        const wp::int32 var_23 = 2;
        const wp::int32 var_24 = -1;
        wp::slice_t var_25;
        const wp::int32 var_26 = 2;
        const wp::int32 var_27 = -1;
        const wp::int32 var_28 = -1;
        wp::vec_t<3, wp::float32> var_29;
        const wp::int32 var_30 = 2;
        wp::slice_t var_31;
        const wp::int32 var_32 = 0;
        const wp::int32 var_33 = 2;
        const wp::int32 var_34 = 1;
        wp::mat_t<2, 3, wp::float32> var_35;
        wp::mat_t<2, 2, wp::float64>* var_36;
        wp::slice_t var_37;
        const wp::int32 var_38 = 0;
        const wp::int32 var_39 = 2;
        const wp::int32 var_40 = 1;
        const wp::int32 var_41 = 1;
        wp::slice_t var_42;
        const wp::int32 var_43 = 1;
        const wp::int32 var_44 = 2;
        const wp::int32 var_45 = 1;
        wp::mat_t<2, 1, wp::float64> var_46;
        wp::mat_t<2, 2, wp::float64> var_47;
        wp::mat_t<2, 2, wp::float64>* var_48;
        const wp::int32 var_49 = 1;
        wp::slice_t var_50;
        const wp::int32 var_51 = 0;
        const wp::int32 var_52 = 2;
        const wp::int32 var_53 = 1;
        wp::vec_t<2, wp::float64> var_54;
        wp::mat_t<2, 2, wp::float64> var_55;
        wp::mat_t<3, 3, wp::float32>* var_56;
        const wp::int32 var_57 = 1;
        const wp::int32 var_58 = 1;
        wp::slice_t var_59;
        const wp::int32 var_60 = 1;
        const wp::int32 var_61 = 1;
        const wp::int32 var_62 = 1;
        const wp::int32 var_63 = 0;
        wp::vec_t<0, wp::float32> var_64;
        wp::mat_t<3, 3, wp::float32> var_65;
        wp::mat_t<4, 4, wp::float32> var_66;
        const wp::int32 var_67 = 1;
        const wp::int32 var_68 = 3;
        wp::slice_t var_69;
        const wp::int32 var_70 = 1;
        const wp::int32 var_71 = 3;
        const wp::int32 var_72 = 1;
        const wp::int32 var_73 = 2;
        wp::slice_t var_74;
        const wp::int32 var_75 = 2;
        const wp::int32 var_76 = 4;
        const wp::int32 var_77 = 1;
        wp::mat_t<2, 2, wp::float32> var_78;
        const wp::int32 var_79 = 1;
        wp::float32 var_80;
        const wp::int32 var_81 = 0;
        const wp::int32 var_82 = 0;
        wp::float32 var_83;
        wp::float32 var_84;
        const wp::int32 var_85 = 0;
        wp::float32 var_86;
        wp::float32 var_87;
        const wp::int32 var_88 = 1;
        const wp::int32 var_89 = 1;
        wp::float32 var_90;
        wp::float32 var_91;
        const wp::int32 var_92 = 1;
        const wp::int32 var_93 = 0;
        wp::float64 var_94;
        wp::float32 var_95;
        wp::float32 var_96;
        const wp::int32 var_97 = 1;
        wp::float64 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 0;
        wp::float32 var_102;
        wp::float32 var_103;
        const wp::int32 var_104 = 1;
        const wp::int32 var_105 = 1;
        wp::float32 var_106;
        wp::float32 var_107;
        //---------
        // forward
        // def matrices(m: wp.array(dtype=wp.mat33), m2: wp.array(dtype=wp.mat22d), out: wp.array(dtype=float)):       <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // y = m[i]                                                                               <L 43>
        var_1 = wp::address(var_m, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // c = y[0:2, 1]                                                                          <L 44>
        var_6 = wp::slice_t(var_7, var_8, var_9);
        var_11 = wp::extract<2>(var_2, var_6, var_10);
        // d = y[1:, :2]                                                                          <L 45>
        var_13 = wp::slice_t(var_14, var_15, var_16);
        var_18 = wp::slice_t(var_19, var_20, var_21);
        var_22 = wp::extract<2, 2>(var_2, var_13, var_18);
        // e = y[2, ::-1]                                                                         <L 46>
        var_25 = wp::slice_t(var_26, var_27, var_28);
        var_29 = wp::extract<3>(var_2, var_23, var_25);
        // f = y[:2]                                                                              <L 47>
        var_31 = wp::slice_t(var_32, var_33, var_34);
        var_35 = wp::extract<2, 3>(var_2, var_31);
        // h = m2[i][:, 1:]                                                                       <L 48>
        var_36 = wp::address(var_m2, var_0);
        var_37 = wp::slice_t(var_38, var_39, var_40);
        var_42 = wp::slice_t(var_43, var_44, var_45);
        var_47 = wp::load(var_36);
        var_46 = wp::extract<2, 1>(var_47, var_37, var_42);
        // r = m2[i][1, :]                                                                        <L 49>
        var_48 = wp::address(var_m2, var_0);
        var_50 = wp::slice_t(var_51, var_52, var_53);
        var_55 = wp::load(var_48);
        var_54 = wp::extract<2>(var_55, var_49, var_50);
        // z = m[i][1:1, 0]                                                                       <L 50>
        var_56 = wp::address(var_m, var_0);
        var_59 = wp::slice_t(var_60, var_61, var_62);
        var_65 = wp::load(var_56);
        var_64 = wp::extract<0>(var_65, var_59, var_63);
        // mm = wp.mat44()                                                                        <L 51>
        var_66 = wp::mat_t<4, 4, wp::float32>();
        // u = mm[1:3, 2:]                                                                        <L 52>
        var_69 = wp::slice_t(var_70, var_71, var_72);
        var_74 = wp::slice_t(var_75, var_76, var_77);
        var_78 = wp::extract<2, 2>(var_66, var_69, var_74);
        // out[i] = c[1] + d[0, 0] + e[0] + f[1, 1] + float(h[1, 0]) + float(r[1]) + float(len(z)) + u[1, 1]       <L 53>
        var_80 = wp::extract(var_11, var_79);
        var_83 = wp::extract(var_22, var_81, var_82);
        var_84 = wp::add(var_80, var_83);
        var_86 = wp::extract(var_29, var_85);
        var_87 = wp::add(var_84, var_86);
        var_90 = wp::extract(var_35, var_88, var_89);
        var_91 = wp::add(var_87, var_90);
        var_94 = wp::extract(var_46, var_92, var_93);
        var_95 = wp::float(var_94);
        var_96 = wp::add(var_91, var_95);
        var_98 = wp::extract(var_54, var_97);
        var_99 = wp::float(var_98);
        var_100 = wp::add(var_96, var_99);
        var_102 = wp::float(var_101);
        var_103 = wp::add(var_100, var_102);
        var_106 = wp::extract(var_78, var_104, var_105);
        var_107 = wp::add(var_103, var_106);
        wp::array_store(var_out, var_0, var_107);
    }
}



extern "C" __global__ void matrices_685ac15b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> var_m2,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_m,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> adj_m2,
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 2;
        wp::slice_t var_6;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 2;
        const wp::int32 var_9 = 1;
        const wp::int32 var_10 = 1;
        wp::vec_t<2, wp::float32> var_11;
        const wp::int32 var_12 = 1;
        wp::slice_t var_13;
        const wp::int32 var_14 = 1;
        const wp::int32 var_15 = 3;
        const wp::int32 var_16 = 1;
        const wp::int32 var_17 = 2;
        wp::slice_t var_18;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 2;
        const wp::int32 var_21 = 1;
        wp::mat_t<2, 2, wp::float32> var_22;
        const wp::int32 var_23 = 2;
        const wp::int32 var_24 = -1;
        wp::slice_t var_25;
        const wp::int32 var_26 = 2;
        const wp::int32 var_27 = -1;
        const wp::int32 var_28 = -1;
        wp::vec_t<3, wp::float32> var_29;
        const wp::int32 var_30 = 2;
        wp::slice_t var_31;
        const wp::int32 var_32 = 0;
        const wp::int32 var_33 = 2;
        const wp::int32 var_34 = 1;
        wp::mat_t<2, 3, wp::float32> var_35;
        wp::mat_t<2, 2, wp::float64>* var_36;
        wp::slice_t var_37;
        const wp::int32 var_38 = 0;
        const wp::int32 var_39 = 2;
        const wp::int32 var_40 = 1;
        const wp::int32 var_41 = 1;
        wp::slice_t var_42;
        const wp::int32 var_43 = 1;
        const wp::int32 var_44 = 2;
        const wp::int32 var_45 = 1;
        wp::mat_t<2, 1, wp::float64> var_46;
        wp::mat_t<2, 2, wp::float64> var_47;
        wp::mat_t<2, 2, wp::float64>* var_48;
        const wp::int32 var_49 = 1;
        wp::slice_t var_50;
        const wp::int32 var_51 = 0;
        const wp::int32 var_52 = 2;
        const wp::int32 var_53 = 1;
        wp::vec_t<2, wp::float64> var_54;
        wp::mat_t<2, 2, wp::float64> var_55;
        wp::mat_t<3, 3, wp::float32>* var_56;
        const wp::int32 var_57 = 1;
        const wp::int32 var_58 = 1;
        wp::slice_t var_59;
        const wp::int32 var_60 = 1;
        const wp::int32 var_61 = 1;
        const wp::int32 var_62 = 1;
        const wp::int32 var_63 = 0;
        wp::vec_t<0, wp::float32> var_64;
        wp::mat_t<3, 3, wp::float32> var_65;
        wp::mat_t<4, 4, wp::float32> var_66;
        const wp::int32 var_67 = 1;
        const wp::int32 var_68 = 3;
        wp::slice_t var_69;
        const wp::int32 var_70 = 1;
        const wp::int32 var_71 = 3;
        const wp::int32 var_72 = 1;
        const wp::int32 var_73 = 2;
        wp::slice_t var_74;
        const wp::int32 var_75 = 2;
        const wp::int32 var_76 = 4;
        const wp::int32 var_77 = 1;
        wp::mat_t<2, 2, wp::float32> var_78;
        const wp::int32 var_79 = 1;
        wp::float32 var_80;
        const wp::int32 var_81 = 0;
        const wp::int32 var_82 = 0;
        wp::float32 var_83;
        wp::float32 var_84;
        const wp::int32 var_85 = 0;
        wp::float32 var_86;
        wp::float32 var_87;
        const wp::int32 var_88 = 1;
        const wp::int32 var_89 = 1;
        wp::float32 var_90;
        wp::float32 var_91;
        const wp::int32 var_92 = 1;
        const wp::int32 var_93 = 0;
        wp::float64 var_94;
        wp::float32 var_95;
        wp::float32 var_96;
        const wp::int32 var_97 = 1;
        wp::float64 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 0;
        wp::float32 var_102;
        wp::float32 var_103;
        const wp::int32 var_104 = 1;
        const wp::int32 var_105 = 1;
        wp::float32 var_106;
        wp::float32 var_107;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::slice_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::slice_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::slice_t adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::mat_t<2, 2, wp::float32> adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::slice_t adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::int32 adj_30 = {};
        wp::slice_t adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::mat_t<2, 3, wp::float32> adj_35 = {};
        wp::mat_t<2, 2, wp::float64> adj_36 = {};
        wp::slice_t adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::slice_t adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::mat_t<2, 1, wp::float64> adj_46 = {};
        wp::mat_t<2, 2, wp::float64> adj_47 = {};
        wp::mat_t<2, 2, wp::float64> adj_48 = {};
        wp::int32 adj_49 = {};
        wp::slice_t adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::vec_t<2, wp::float64> adj_54 = {};
        wp::mat_t<2, 2, wp::float64> adj_55 = {};
        wp::mat_t<3, 3, wp::float32> adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::slice_t adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::vec_t<0, wp::float32> adj_64 = {};
        wp::mat_t<3, 3, wp::float32> adj_65 = {};
        wp::mat_t<4, 4, wp::float32> adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::slice_t adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::slice_t adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::mat_t<2, 2, wp::float32> adj_78 = {};
        wp::int32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::float64 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::float64 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::int32 adj_101 = {};
        wp::float32 adj_102 = {};
        wp::float32 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        //---------
        // forward
        // def matrices(m: wp.array(dtype=wp.mat33), m2: wp.array(dtype=wp.mat22d), out: wp.array(dtype=float)):       <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // y = m[i]                                                                               <L 43>
        var_1 = wp::address(var_m, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // c = y[0:2, 1]                                                                          <L 44>
        var_6 = wp::slice_t(var_7, var_8, var_9);
        var_11 = wp::extract<2>(var_2, var_6, var_10);
        // d = y[1:, :2]                                                                          <L 45>
        var_13 = wp::slice_t(var_14, var_15, var_16);
        var_18 = wp::slice_t(var_19, var_20, var_21);
        var_22 = wp::extract<2, 2>(var_2, var_13, var_18);
        // e = y[2, ::-1]                                                                         <L 46>
        var_25 = wp::slice_t(var_26, var_27, var_28);
        var_29 = wp::extract<3>(var_2, var_23, var_25);
        // f = y[:2]                                                                              <L 47>
        var_31 = wp::slice_t(var_32, var_33, var_34);
        var_35 = wp::extract<2, 3>(var_2, var_31);
        // h = m2[i][:, 1:]                                                                       <L 48>
        var_36 = wp::address(var_m2, var_0);
        var_37 = wp::slice_t(var_38, var_39, var_40);
        var_42 = wp::slice_t(var_43, var_44, var_45);
        var_47 = wp::load(var_36);
        var_46 = wp::extract<2, 1>(var_47, var_37, var_42);
        // r = m2[i][1, :]                                                                        <L 49>
        var_48 = wp::address(var_m2, var_0);
        var_50 = wp::slice_t(var_51, var_52, var_53);
        var_55 = wp::load(var_48);
        var_54 = wp::extract<2>(var_55, var_49, var_50);
        // z = m[i][1:1, 0]                                                                       <L 50>
        var_56 = wp::address(var_m, var_0);
        var_59 = wp::slice_t(var_60, var_61, var_62);
        var_65 = wp::load(var_56);
        var_64 = wp::extract<0>(var_65, var_59, var_63);
        // mm = wp.mat44()                                                                        <L 51>
        var_66 = wp::mat_t<4, 4, wp::float32>();
        // u = mm[1:3, 2:]                                                                        <L 52>
        var_69 = wp::slice_t(var_70, var_71, var_72);
        var_74 = wp::slice_t(var_75, var_76, var_77);
        var_78 = wp::extract<2, 2>(var_66, var_69, var_74);
        // out[i] = c[1] + d[0, 0] + e[0] + f[1, 1] + float(h[1, 0]) + float(r[1]) + float(len(z)) + u[1, 1]       <L 53>
        var_80 = wp::extract(var_11, var_79);
        var_83 = wp::extract(var_22, var_81, var_82);
        var_84 = wp::add(var_80, var_83);
        var_86 = wp::extract(var_29, var_85);
        var_87 = wp::add(var_84, var_86);
        var_90 = wp::extract(var_35, var_88, var_89);
        var_91 = wp::add(var_87, var_90);
        var_94 = wp::extract(var_46, var_92, var_93);
        var_95 = wp::float(var_94);
        var_96 = wp::add(var_91, var_95);
        var_98 = wp::extract(var_54, var_97);
        var_99 = wp::float(var_98);
        var_100 = wp::add(var_96, var_99);
        var_102 = wp::float(var_101);
        var_103 = wp::add(var_100, var_102);
        var_106 = wp::extract(var_78, var_104, var_105);
        var_107 = wp::add(var_103, var_106);
        // wp::array_store(var_out, var_0, var_107);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_107, adj_out, adj_0, adj_107);
        wp::adj_add(var_103, var_106, adj_103, adj_106, adj_107);
        wp::adj_extract(var_78, var_104, var_105, adj_78, adj_104, adj_105, adj_106);
        wp::adj_add(var_100, var_102, adj_100, adj_102, adj_103);
        wp::adj_float(var_101, adj_101, adj_102);
        wp::adj_add(var_96, var_99, adj_96, adj_99, adj_100);
        wp::adj_float(var_98, adj_98, adj_99);
        wp::adj_extract(var_54, var_97, adj_54, adj_97, adj_98);
        wp::adj_add(var_91, var_95, adj_91, adj_95, adj_96);
        wp::adj_float(var_94, adj_94, adj_95);
        wp::adj_extract(var_46, var_92, var_93, adj_46, adj_92, adj_93, adj_94);
        wp::adj_add(var_87, var_90, adj_87, adj_90, adj_91);
        wp::adj_extract(var_35, var_88, var_89, adj_35, adj_88, adj_89, adj_90);
        wp::adj_add(var_84, var_86, adj_84, adj_86, adj_87);
        wp::adj_extract(var_29, var_85, adj_29, adj_85, adj_86);
        wp::adj_add(var_80, var_83, adj_80, adj_83, adj_84);
        wp::adj_extract(var_22, var_81, var_82, adj_22, adj_81, adj_82, adj_83);
        wp::adj_extract(var_11, var_79, adj_11, adj_79, adj_80);
        // adj: out[i] = c[1] + d[0, 0] + e[0] + f[1, 1] + float(h[1, 0]) + float(r[1]) + float(len(z)) + u[1, 1]  <L 53>
        wp::adj_extract(var_66, var_69, var_74, adj_66, adj_69, adj_74, adj_78);
        // adj: u = mm[1:3, 2:]                                                                   <L 52>
        // adj: mm = wp.mat44()                                                                   <L 51>
        wp::adj_extract(var_65, var_59, var_63, adj_56, adj_59, adj_63, adj_64);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_56);
        // adj: z = m[i][1:1, 0]                                                                  <L 50>
        wp::adj_extract(var_55, var_49, var_50, adj_48, adj_49, adj_50, adj_54);
        wp::adj_address(var_m2, var_0, adj_m2, adj_0, adj_48);
        // adj: r = m2[i][1, :]                                                                   <L 49>
        wp::adj_extract(var_47, var_37, var_42, adj_36, adj_37, adj_42, adj_46);
        wp::adj_address(var_m2, var_0, adj_m2, adj_0, adj_36);
        // adj: h = m2[i][:, 1:]                                                                  <L 48>
        wp::adj_extract(var_2, var_31, adj_2, adj_31, adj_35);
        // adj: f = y[:2]                                                                         <L 47>
        wp::adj_extract(var_2, var_23, var_25, adj_2, adj_23, adj_25, adj_29);
        // adj: e = y[2, ::-1]                                                                    <L 46>
        wp::adj_extract(var_2, var_13, var_18, adj_2, adj_13, adj_18, adj_22);
        // adj: d = y[1:, :2]                                                                     <L 45>
        wp::adj_extract(var_2, var_6, var_10, adj_2, adj_6, adj_10, adj_11);
        // adj: c = y[0:2, 1]                                                                     <L 44>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_1);
        // adj: y = m[i]                                                                          <L 43>
        // adj: i = wp.tid()                                                                      <L 42>
        // adj: def matrices(m: wp.array(dtype=wp.mat33), m2: wp.array(dtype=wp.mat22d), out: wp.array(dtype=float)):  <L 41>
        continue;
    }
}



extern "C" __global__ void stores_dc32f790_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_v,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::vec_t<2, wp::float32>> var_xs,
    wp::array_t<wp::transform_t<wp::float32>> var_ts,
    wp::array_t<wp::float32> var_s)
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
        wp::vec_t<4, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::float32* var_4;
        const wp::float32 var_5 = 2.0;
        wp::vec_t<2, wp::float32> var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        const wp::int32 var_9 = 3;
        wp::slice_t var_10;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 3;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = -2;
        wp::slice_t var_15;
        const wp::int32 var_16 = 3;
        const wp::int32 var_17 = -1;
        const wp::int32 var_18 = -2;
        const wp::float32 var_19 = 1.0;
        wp::vec_t<2, wp::float32> var_20;
        wp::quat_t<wp::float32>* var_21;
        wp::quat_t<wp::float32> var_22;
        wp::quat_t<wp::float32> var_23;
        const wp::float32 var_24 = 1.0;
        wp::vec_t<3, wp::float32> var_25;
        const wp::int32 var_26 = 3;
        wp::slice_t var_27;
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 3;
        const wp::int32 var_30 = 1;
        const wp::int32 var_31 = -2;
        wp::slice_t var_32;
        const wp::int32 var_33 = 2;
        const wp::int32 var_34 = 4;
        const wp::int32 var_35 = 1;
        wp::float32* var_36;
        wp::vec_t<2, wp::float32> var_37;
        wp::float32 var_38;
        wp::transform_t<wp::float32>* var_39;
        wp::transform_t<wp::float32> var_40;
        wp::transform_t<wp::float32> var_41;
        wp::vec_t<2, wp::float32>* var_42;
        wp::vec_t<2, wp::float32> var_43;
        wp::vec_t<2, wp::float32> var_44;
        const wp::int32 var_45 = 2;
        wp::slice_t var_46;
        const wp::int32 var_47 = 0;
        const wp::int32 var_48 = 2;
        const wp::int32 var_49 = 1;
        const wp::int32 var_50 = 1;
        const wp::int32 var_51 = -4;
        wp::slice_t var_52;
        const wp::int32 var_53 = 1;
        const wp::int32 var_54 = 3;
        const wp::int32 var_55 = 1;
        wp::vec_t<2, wp::float32>* var_56;
        const wp::int32 var_57 = 2;
        wp::slice_t var_58;
        const wp::int32 var_59 = 0;
        const wp::int32 var_60 = 2;
        const wp::int32 var_61 = 1;
        wp::vec_t<2, wp::float32> var_62;
        wp::vec_t<2, wp::float32> var_63;
        const wp::int32 var_64 = -1;
        const wp::int32 var_65 = 3;
        const wp::int32 var_66 = 1;
        wp::slice_t var_67;
        const wp::int32 var_68 = 3;
        const wp::int32 var_69 = 1;
        const wp::int32 var_70 = -1;
        wp::vec_t<2, wp::float32>* var_71;
        const wp::int32 var_72 = 0;
        wp::slice_t var_73;
        const wp::int32 var_74 = 0;
        const wp::int32 var_75 = 2;
        const wp::int32 var_76 = 1;
        wp::vec_t<2, wp::float32> var_77;
        wp::vec_t<2, wp::float32> var_78;
        //---------
        // forward
        // def stores(v: wp.array(dtype=wp.vec4), q: wp.array(dtype=wp.quat), xs: wp.array(dtype=wp.vec2), ts: wp.array(dtype=wp.transform), s: wp.array(dtype=float)):       <L 60>
        // i = wp.tid()                                                                           <L 61>
        var_0 = builtin_tid1d();
        // x = v[i]                                                                               <L 62>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x[1:3] = wp.vec2(s[i], 2.0)                                                            <L 63>
        var_4 = wp::address(var_s, var_0);
        var_7 = wp::load(var_4);
        var_6 = wp::vec_t<2, wp::float32>(var_7, var_5);
        var_10 = wp::slice_t(var_11, var_12, var_13);
        wp::assign_inplace<2>(var_2, var_10, var_6);
        // x[::-2] += wp.vec2(1.0)                                                                <L 64>
        var_15 = wp::slice_t(var_16, var_17, var_18);
        var_20 = wp::vec_t<2, wp::float32>(var_19);
        wp::add_inplace<2>(var_2, var_15, var_20);
        // r = q[i]                                                                               <L 65>
        var_21 = wp::address(var_q, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // r[:3] = wp.vec3(1.0)                                                                   <L 66>
        var_25 = wp::vec_t<3, wp::float32>(var_24);
        var_27 = wp::slice_t(var_28, var_29, var_30);
        wp::assign_inplace<3>(var_22, var_27, var_25);
        // r[-2:] -= wp.vec2(s[i])                                                                <L 67>
        var_32 = wp::slice_t(var_33, var_34, var_35);
        var_36 = wp::address(var_s, var_0);
        var_38 = wp::load(var_36);
        var_37 = wp::vec_t<2, wp::float32>(var_38);
        wp::sub_inplace<2>(var_22, var_32, var_37);
        // y = ts[i]                                                                              <L 68>
        var_39 = wp::address(var_ts, var_0);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // y[:2] = xs[i]                                                                          <L 69>
        var_42 = wp::address(var_xs, var_0);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        var_46 = wp::slice_t(var_47, var_48, var_49);
        wp::assign_inplace<2>(var_40, var_46, var_43);
        // y[1:-4] += xs[i][:2]                                                                   <L 70>
        var_52 = wp::slice_t(var_53, var_54, var_55);
        var_56 = wp::address(var_xs, var_0);
        var_58 = wp::slice_t(var_59, var_60, var_61);
        var_63 = wp::load(var_56);
        var_62 = wp::extract<2>(var_63, var_58);
        wp::add_inplace<2>(var_40, var_52, var_62);
        // y[3:1:-1] -= xs[i][0:]                                                                 <L 71>
        var_67 = wp::slice_t(var_68, var_69, var_70);
        var_71 = wp::address(var_xs, var_0);
        var_73 = wp::slice_t(var_74, var_75, var_76);
        var_78 = wp::load(var_71);
        var_77 = wp::extract<2>(var_78, var_73);
        wp::sub_inplace<2>(var_40, var_67, var_77);
        // v[i] = x                                                                               <L 72>
        wp::array_store(var_v, var_0, var_2);
        // q[i] = r                                                                               <L 73>
        wp::array_store(var_q, var_0, var_22);
        // ts[i] = y                                                                              <L 74>
        wp::array_store(var_ts, var_0, var_40);
    }
}



extern "C" __global__ void stores_dc32f790_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_v,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::vec_t<2, wp::float32>> var_xs,
    wp::array_t<wp::transform_t<wp::float32>> var_ts,
    wp::array_t<wp::float32> var_s,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_v,
    wp::array_t<wp::quat_t<wp::float32>> adj_q,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_xs,
    wp::array_t<wp::transform_t<wp::float32>> adj_ts,
    wp::array_t<wp::float32> adj_s)
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
        wp::vec_t<4, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::float32* var_4;
        const wp::float32 var_5 = 2.0;
        wp::vec_t<2, wp::float32> var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        const wp::int32 var_9 = 3;
        wp::slice_t var_10;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 3;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = -2;
        wp::slice_t var_15;
        const wp::int32 var_16 = 3;
        const wp::int32 var_17 = -1;
        const wp::int32 var_18 = -2;
        const wp::float32 var_19 = 1.0;
        wp::vec_t<2, wp::float32> var_20;
        wp::quat_t<wp::float32>* var_21;
        wp::quat_t<wp::float32> var_22;
        wp::quat_t<wp::float32> var_23;
        const wp::float32 var_24 = 1.0;
        wp::vec_t<3, wp::float32> var_25;
        const wp::int32 var_26 = 3;
        wp::slice_t var_27;
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 3;
        const wp::int32 var_30 = 1;
        const wp::int32 var_31 = -2;
        wp::slice_t var_32;
        const wp::int32 var_33 = 2;
        const wp::int32 var_34 = 4;
        const wp::int32 var_35 = 1;
        wp::float32* var_36;
        wp::vec_t<2, wp::float32> var_37;
        wp::float32 var_38;
        wp::transform_t<wp::float32>* var_39;
        wp::transform_t<wp::float32> var_40;
        wp::transform_t<wp::float32> var_41;
        wp::vec_t<2, wp::float32>* var_42;
        wp::vec_t<2, wp::float32> var_43;
        wp::vec_t<2, wp::float32> var_44;
        const wp::int32 var_45 = 2;
        wp::slice_t var_46;
        const wp::int32 var_47 = 0;
        const wp::int32 var_48 = 2;
        const wp::int32 var_49 = 1;
        const wp::int32 var_50 = 1;
        const wp::int32 var_51 = -4;
        wp::slice_t var_52;
        const wp::int32 var_53 = 1;
        const wp::int32 var_54 = 3;
        const wp::int32 var_55 = 1;
        wp::vec_t<2, wp::float32>* var_56;
        const wp::int32 var_57 = 2;
        wp::slice_t var_58;
        const wp::int32 var_59 = 0;
        const wp::int32 var_60 = 2;
        const wp::int32 var_61 = 1;
        wp::vec_t<2, wp::float32> var_62;
        wp::vec_t<2, wp::float32> var_63;
        const wp::int32 var_64 = -1;
        const wp::int32 var_65 = 3;
        const wp::int32 var_66 = 1;
        wp::slice_t var_67;
        const wp::int32 var_68 = 3;
        const wp::int32 var_69 = 1;
        const wp::int32 var_70 = -1;
        wp::vec_t<2, wp::float32>* var_71;
        const wp::int32 var_72 = 0;
        wp::slice_t var_73;
        const wp::int32 var_74 = 0;
        const wp::int32 var_75 = 2;
        const wp::int32 var_76 = 1;
        wp::vec_t<2, wp::float32> var_77;
        wp::vec_t<2, wp::float32> var_78;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::float32> adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::slice_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::slice_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<2, wp::float32> adj_20 = {};
        wp::quat_t<wp::float32> adj_21 = {};
        wp::quat_t<wp::float32> adj_22 = {};
        wp::quat_t<wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::slice_t adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::slice_t adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::vec_t<2, wp::float32> adj_37 = {};
        wp::float32 adj_38 = {};
        wp::transform_t<wp::float32> adj_39 = {};
        wp::transform_t<wp::float32> adj_40 = {};
        wp::transform_t<wp::float32> adj_41 = {};
        wp::vec_t<2, wp::float32> adj_42 = {};
        wp::vec_t<2, wp::float32> adj_43 = {};
        wp::vec_t<2, wp::float32> adj_44 = {};
        wp::int32 adj_45 = {};
        wp::slice_t adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::slice_t adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::vec_t<2, wp::float32> adj_56 = {};
        wp::int32 adj_57 = {};
        wp::slice_t adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::vec_t<2, wp::float32> adj_62 = {};
        wp::vec_t<2, wp::float32> adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::slice_t adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::vec_t<2, wp::float32> adj_71 = {};
        wp::int32 adj_72 = {};
        wp::slice_t adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::vec_t<2, wp::float32> adj_77 = {};
        wp::vec_t<2, wp::float32> adj_78 = {};
        //---------
        // forward
        // def stores(v: wp.array(dtype=wp.vec4), q: wp.array(dtype=wp.quat), xs: wp.array(dtype=wp.vec2), ts: wp.array(dtype=wp.transform), s: wp.array(dtype=float)):       <L 60>
        // i = wp.tid()                                                                           <L 61>
        var_0 = builtin_tid1d();
        // x = v[i]                                                                               <L 62>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x[1:3] = wp.vec2(s[i], 2.0)                                                            <L 63>
        var_4 = wp::address(var_s, var_0);
        var_7 = wp::load(var_4);
        var_6 = wp::vec_t<2, wp::float32>(var_7, var_5);
        var_10 = wp::slice_t(var_11, var_12, var_13);
        wp::assign_inplace<2>(var_2, var_10, var_6);
        // x[::-2] += wp.vec2(1.0)                                                                <L 64>
        var_15 = wp::slice_t(var_16, var_17, var_18);
        var_20 = wp::vec_t<2, wp::float32>(var_19);
        wp::add_inplace<2>(var_2, var_15, var_20);
        // r = q[i]                                                                               <L 65>
        var_21 = wp::address(var_q, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // r[:3] = wp.vec3(1.0)                                                                   <L 66>
        var_25 = wp::vec_t<3, wp::float32>(var_24);
        var_27 = wp::slice_t(var_28, var_29, var_30);
        wp::assign_inplace<3>(var_22, var_27, var_25);
        // r[-2:] -= wp.vec2(s[i])                                                                <L 67>
        var_32 = wp::slice_t(var_33, var_34, var_35);
        var_36 = wp::address(var_s, var_0);
        var_38 = wp::load(var_36);
        var_37 = wp::vec_t<2, wp::float32>(var_38);
        wp::sub_inplace<2>(var_22, var_32, var_37);
        // y = ts[i]                                                                              <L 68>
        var_39 = wp::address(var_ts, var_0);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // y[:2] = xs[i]                                                                          <L 69>
        var_42 = wp::address(var_xs, var_0);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        var_46 = wp::slice_t(var_47, var_48, var_49);
        wp::assign_inplace<2>(var_40, var_46, var_43);
        // y[1:-4] += xs[i][:2]                                                                   <L 70>
        var_52 = wp::slice_t(var_53, var_54, var_55);
        var_56 = wp::address(var_xs, var_0);
        var_58 = wp::slice_t(var_59, var_60, var_61);
        var_63 = wp::load(var_56);
        var_62 = wp::extract<2>(var_63, var_58);
        wp::add_inplace<2>(var_40, var_52, var_62);
        // y[3:1:-1] -= xs[i][0:]                                                                 <L 71>
        var_67 = wp::slice_t(var_68, var_69, var_70);
        var_71 = wp::address(var_xs, var_0);
        var_73 = wp::slice_t(var_74, var_75, var_76);
        var_78 = wp::load(var_71);
        var_77 = wp::extract<2>(var_78, var_73);
        wp::sub_inplace<2>(var_40, var_67, var_77);
        // v[i] = x                                                                               <L 72>
        // wp::array_store(var_v, var_0, var_2);
        // q[i] = r                                                                               <L 73>
        // wp::array_store(var_q, var_0, var_22);
        // ts[i] = y                                                                              <L 74>
        // wp::array_store(var_ts, var_0, var_40);
        //---------
        // reverse
        wp::adj_array_store(var_ts, var_0, var_40, adj_ts, adj_0, adj_40);
        // adj: ts[i] = y                                                                         <L 74>
        wp::adj_array_store(var_q, var_0, var_22, adj_q, adj_0, adj_22);
        // adj: q[i] = r                                                                          <L 73>
        wp::adj_array_store(var_v, var_0, var_2, adj_v, adj_0, adj_2);
        // adj: v[i] = x                                                                          <L 72>
        wp::adj_sub_inplace(var_40, var_67, var_77, adj_40, adj_67, adj_77);
        wp::adj_extract(var_78, var_73, adj_71, adj_73, adj_77);
        wp::adj_address(var_xs, var_0, adj_xs, adj_0, adj_71);
        // adj: y[3:1:-1] -= xs[i][0:]                                                            <L 71>
        wp::adj_add_inplace(var_40, var_52, var_62, adj_40, adj_52, adj_62);
        wp::adj_extract(var_63, var_58, adj_56, adj_58, adj_62);
        wp::adj_address(var_xs, var_0, adj_xs, adj_0, adj_56);
        // adj: y[1:-4] += xs[i][:2]                                                              <L 70>
        wp::adj_assign_inplace(var_40, var_46, var_43, adj_40, adj_46, adj_43);
        wp::adj_copy(var_44, adj_42, adj_43);
        wp::adj_address(var_xs, var_0, adj_xs, adj_0, adj_42);
        // adj: y[:2] = xs[i]                                                                     <L 69>
        wp::adj_copy(var_41, adj_39, adj_40);
        wp::adj_address(var_ts, var_0, adj_ts, adj_0, adj_39);
        // adj: y = ts[i]                                                                         <L 68>
        wp::adj_sub_inplace(var_22, var_32, var_37, adj_22, adj_32, adj_37);
        wp::adj_vec_t(var_38, adj_36, adj_37);
        wp::adj_address(var_s, var_0, adj_s, adj_0, adj_36);
        // adj: r[-2:] -= wp.vec2(s[i])                                                           <L 67>
        wp::adj_assign_inplace(var_22, var_27, var_25, adj_22, adj_27, adj_25);
        wp::adj_vec_t(var_24, adj_24, adj_25);
        // adj: r[:3] = wp.vec3(1.0)                                                              <L 66>
        wp::adj_copy(var_23, adj_21, adj_22);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_21);
        // adj: r = q[i]                                                                          <L 65>
        wp::adj_add_inplace(var_2, var_15, var_20, adj_2, adj_15, adj_20);
        wp::adj_vec_t(var_19, adj_19, adj_20);
        // adj: x[::-2] += wp.vec2(1.0)                                                           <L 64>
        wp::adj_assign_inplace(var_2, var_10, var_6, adj_2, adj_10, adj_6);
        wp::adj_vec_t(var_7, var_5, adj_4, adj_5, adj_6);
        wp::adj_address(var_s, var_0, adj_s, adj_0, adj_4);
        // adj: x[1:3] = wp.vec2(s[i], 2.0)                                                       <L 63>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: x = v[i]                                                                          <L 62>
        // adj: i = wp.tid()                                                                      <L 61>
        // adj: def stores(v: wp.array(dtype=wp.vec4), q: wp.array(dtype=wp.quat), xs: wp.array(dtype=wp.vec2), ts: wp.array(dtype=wp.transform), s: wp.array(dtype=float)):  <L 60>
        continue;
    }
}



extern "C" __global__ void vectors_f3cfbe15_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_v,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::transform_t<wp::float32>> var_t,
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
        wp::vec_t<4, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<4, wp::float32> var_3;
        const wp::int32 var_4 = 1;
        const wp::int32 var_5 = 2;
        wp::slice_t var_6;
        const wp::int32 var_7 = 1;
        const wp::int32 var_8 = 2;
        const wp::int32 var_9 = 1;
        wp::vec_t<1, wp::float32> var_10;
        const wp::int32 var_11 = -1;
        wp::slice_t var_12;
        const wp::int32 var_13 = 3;
        const wp::int32 var_14 = -1;
        const wp::int32 var_15 = -1;
        wp::vec_t<4, wp::float32> var_16;
        const wp::int32 var_17 = -3;
        const wp::int32 var_18 = -1;
        wp::slice_t var_19;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = 3;
        const wp::int32 var_22 = 1;
        wp::vec_t<2, wp::float32> var_23;
        const wp::int32 var_24 = -2;
        const wp::int32 var_25 = 5;
        const wp::int32 var_26 = -9;
        wp::slice_t var_27;
        const wp::int32 var_28 = 3;
        const wp::int32 var_29 = -1;
        const wp::int32 var_30 = -2;
        wp::vec_t<2, wp::float32> var_31;
        const wp::int32 var_32 = 2;
        const wp::int32 var_33 = 3;
        wp::slice_t var_34;
        const wp::int32 var_35 = 0;
        const wp::int32 var_36 = 3;
        const wp::int32 var_37 = 2;
        wp::vec_t<2, wp::float32> var_38;
        wp::vec_t<4, wp::float32>* var_39;
        const wp::int32 var_40 = 2;
        wp::slice_t var_41;
        const wp::int32 var_42 = 0;
        const wp::int32 var_43 = 2;
        const wp::int32 var_44 = 1;
        wp::vec_t<2, wp::float32> var_45;
        wp::vec_t<4, wp::float32> var_46;
        wp::quat_t<wp::float32>* var_47;
        const wp::int32 var_48 = 1;
        wp::slice_t var_49;
        const wp::int32 var_50 = 1;
        const wp::int32 var_51 = 4;
        const wp::int32 var_52 = 1;
        wp::vec_t<3, wp::float32> var_53;
        wp::quat_t<wp::float32> var_54;
        wp::transform_t<wp::float32>* var_55;
        const wp::int32 var_56 = 3;
        wp::slice_t var_57;
        const wp::int32 var_58 = 3;
        const wp::int32 var_59 = 7;
        const wp::int32 var_60 = 1;
        wp::vec_t<4, wp::float32> var_61;
        wp::transform_t<wp::float32> var_62;
        const wp::int32 var_63 = 2;
        const wp::int32 var_64 = 1;
        wp::slice_t var_65;
        const wp::int32 var_66 = 2;
        const wp::int32 var_67 = 1;
        const wp::int32 var_68 = 1;
        wp::vec_t<0, wp::float32> var_69;
        const wp::int32 var_70 = -100;
        const wp::int32 var_71 = 100;
        wp::slice_t var_72;
        const wp::int32 var_73 = 0;
        const wp::int32 var_74 = 4;
        const wp::int32 var_75 = 1;
        wp::vec_t<4, wp::float32> var_76;
        const wp::float32 var_77 = 1.0;
        const wp::float32 var_78 = 2.0;
        const wp::float32 var_79 = 3.0;
        const wp::float32 var_80 = 4.0;
        const wp::float32 var_81 = 5.0;
        const wp::float32 var_82 = 6.0;
        wp::vec_t<6, wp::float32> var_83;
        const wp::int32 var_84 = 3;
        wp::slice_t var_85;
        const wp::int32 var_86 = 0;
        const wp::int32 var_87 = 6;
        const wp::int32 var_88 = 3;
        wp::vec_t<2, wp::float32> var_89;
        const wp::int32 var_90 = 1;
        const wp::int32 var_91 = 2;
        const wp::int32 var_92 = 3;
        const wp::int32 var_93 = 4;
        wp::vec_t<4, wp::int32> var_94;
        const wp::int32 var_95 = 1;
        wp::slice_t var_96;
        const wp::int32 var_97 = 1;
        const wp::int32 var_98 = 4;
        const wp::int32 var_99 = 1;
        wp::vec_t<3, wp::int32> var_100;
        const wp::int32 var_101 = 0;
        wp::float32 var_102;
        const wp::int32 var_103 = 1;
        wp::float32 var_104;
        const wp::int32 var_105 = 2;
        wp::float32 var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::vec_t<2, wp::float32> var_108;
        const wp::int32 var_109 = 0;
        wp::float32 var_110;
        const wp::int32 var_111 = 0;
        wp::float32 var_112;
        wp::float32 var_113;
        const wp::int32 var_114 = 1;
        wp::float32 var_115;
        wp::float32 var_116;
        const wp::int32 var_117 = 0;
        wp::float32 var_118;
        wp::float32 var_119;
        const wp::int32 var_120 = 1;
        wp::float32 var_121;
        wp::float32 var_122;
        const wp::int32 var_123 = 1;
        wp::float32 var_124;
        wp::float32 var_125;
        const wp::int32 var_126 = 2;
        wp::float32 var_127;
        wp::float32 var_128;
        const wp::int32 var_129 = 3;
        wp::float32 var_130;
        wp::float32 var_131;
        const wp::int32 var_132 = 0;
        wp::float32 var_133;
        wp::float32 var_134;
        const wp::int32 var_135 = 3;
        wp::float32 var_136;
        wp::float32 var_137;
        const wp::int32 var_138 = 1;
        wp::float32 var_139;
        wp::float32 var_140;
        const wp::int32 var_141 = 0;
        wp::int32 var_142;
        wp::float32 var_143;
        const wp::int32 var_144 = 1;
        wp::float32 var_145;
        wp::float32 var_146;
        const wp::int32 var_147 = 2;
        wp::slice_t var_148;
        const wp::int32 var_149 = 0;
        const wp::int32 var_150 = 2;
        const wp::int32 var_151 = 1;
        wp::vec_t<2, wp::float32> var_152;
        wp::float32 var_153;
        wp::float32 var_154;
        const wp::int32 var_155 = 1;
        const wp::int32 var_156 = 3;
        wp::slice_t var_157;
        const wp::int32 var_158 = 1;
        const wp::int32 var_159 = 3;
        const wp::int32 var_160 = 1;
        wp::vec_t<2, wp::float32> var_161;
        wp::float32 var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        const wp::int32 var_165 = 1;
        wp::slice_t var_166;
        const wp::int32 var_167 = 1;
        const wp::int32 var_168 = 4;
        const wp::int32 var_169 = 1;
        wp::vec_t<3, wp::float32> var_170;
        const wp::int32 var_171 = 0;
        wp::float32 var_172;
        wp::float32 var_173;
        const wp::int32 var_174 = 1;
        wp::float32 var_175;
        wp::float32 var_176;
        const wp::int32 var_177 = 2;
        wp::float32 var_178;
        wp::float32 var_179;
        //---------
        // forward
        // def vectors(v: wp.array(dtype=wp.vec4), q: wp.array(dtype=wp.quat), t: wp.array(dtype=wp.transform), out: wp.array(dtype=float)):       <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // x = v[i]                                                                               <L 19>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = x[1:N]                                                                             <L 20>
        var_6 = wp::slice_t(var_7, var_8, var_9);
        var_10 = wp::extract<1>(var_2, var_6);
        // b = x[::-1]                                                                            <L 21>
        var_12 = wp::slice_t(var_13, var_14, var_15);
        var_16 = wp::extract<4>(var_2, var_12);
        // c = x[-3:-1]                                                                           <L 22>
        var_19 = wp::slice_t(var_20, var_21, var_22);
        var_23 = wp::extract<2>(var_2, var_19);
        // d = x[5:-9:-2]                                                                         <L 23>
        var_27 = wp::slice_t(var_28, var_29, var_30);
        var_31 = wp::extract<2>(var_2, var_27);
        // e = x[:M:2]                                                                            <L 24>
        var_34 = wp::slice_t(var_35, var_36, var_37);
        var_38 = wp::extract<2>(var_2, var_34);
        // f = v[i][:2]                                                                           <L 25>
        var_39 = wp::address(var_v, var_0);
        var_41 = wp::slice_t(var_42, var_43, var_44);
        var_46 = wp::load(var_39);
        var_45 = wp::extract<2>(var_46, var_41);
        // g = q[i][1:]                                                                           <L 26>
        var_47 = wp::address(var_q, var_0);
        var_49 = wp::slice_t(var_50, var_51, var_52);
        var_54 = wp::load(var_47);
        var_53 = wp::extract<3>(var_54, var_49);
        // h = t[i][3:]                                                                           <L 27>
        var_55 = wp::address(var_t, var_0);
        var_57 = wp::slice_t(var_58, var_59, var_60);
        var_62 = wp::load(var_55);
        var_61 = wp::extract<4>(var_62, var_57);
        // empty = x[2:1]                                                                         <L 28>
        var_65 = wp::slice_t(var_66, var_67, var_68);
        var_69 = wp::extract<0>(var_2, var_65);
        // wide = x[-100:100]                                                                     <L 29>
        var_72 = wp::slice_t(var_73, var_74, var_75);
        var_76 = wp::extract<4>(var_2, var_72);
        // w = wp.spatial_vector(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)[::3]                               <L 30>
        var_83 = wp::vec_t<6, wp::float32>({var_77, var_78, var_79, var_80, var_81, var_82});
        var_85 = wp::slice_t(var_86, var_87, var_88);
        var_89 = wp::extract<2>(var_83, var_85);
        // iv = wp.vec4i(1, 2, 3, 4)[1:]                                                          <L 31>
        var_94 = wp::vec_t<4, wp::int32>(var_90, var_91, var_92, var_93);
        var_96 = wp::slice_t(var_97, var_98, var_99);
        var_100 = wp::extract<3>(var_94, var_96);
        // y = tail(wp.vec3(x[0], x[1], x[2]))                                                    <L 32>
        var_102 = wp::extract(var_2, var_101);
        var_104 = wp::extract(var_2, var_103);
        var_106 = wp::extract(var_2, var_105);
        var_107 = wp::vec_t<3, wp::float32>(var_102, var_104, var_106);
        var_108 = tail_0(var_107);
        // out[i] = a[0] + b[0] + c[1] + d[0] + e[1] + f[1] + g[2] + h[3] + float(len(empty)) + wide[3] + w[1]       <L 33>
        var_110 = wp::extract(var_10, var_109);
        var_112 = wp::extract(var_16, var_111);
        var_113 = wp::add(var_110, var_112);
        var_115 = wp::extract(var_23, var_114);
        var_116 = wp::add(var_113, var_115);
        var_118 = wp::extract(var_31, var_117);
        var_119 = wp::add(var_116, var_118);
        var_121 = wp::extract(var_38, var_120);
        var_122 = wp::add(var_119, var_121);
        var_124 = wp::extract(var_45, var_123);
        var_125 = wp::add(var_122, var_124);
        var_127 = wp::extract(var_53, var_126);
        var_128 = wp::add(var_125, var_127);
        var_130 = wp::extract(var_61, var_129);
        var_131 = wp::add(var_128, var_130);
        var_133 = wp::float(var_132);
        var_134 = wp::add(var_131, var_133);
        var_136 = wp::extract(var_76, var_135);
        var_137 = wp::add(var_134, var_136);
        var_139 = wp::extract(var_89, var_138);
        var_140 = wp::add(var_137, var_139);
        wp::array_store(var_out, var_0, var_140);
        // out[i] += float(iv[0]) + y[1] + wp.length(x[:2]) + wp.dot(x[1:3], f)                   <L 34>
        var_142 = wp::extract(var_100, var_141);
        var_143 = wp::float(var_142);
        var_145 = wp::extract(var_108, var_144);
        var_146 = wp::add(var_143, var_145);
        var_148 = wp::slice_t(var_149, var_150, var_151);
        var_152 = wp::extract<2>(var_2, var_148);
        var_153 = wp::length(var_152);
        var_154 = wp::add(var_146, var_153);
        var_157 = wp::slice_t(var_158, var_159, var_160);
        var_161 = wp::extract<2>(var_2, var_157);
        var_162 = wp::dot(var_161, var_45);
        var_163 = wp::add(var_154, var_162);
        var_164 = wp::atomic_add(var_out, var_0, var_163);
        // rest = x[1:]                                                                           <L 35>
        var_166 = wp::slice_t(var_167, var_168, var_169);
        var_170 = wp::extract<3>(var_2, var_166);
        // for j in range(3):                                                                     <L 36>
        // out[i] += rest[j]                                                                      <L 37>
        var_172 = wp::extract(var_170, var_171);
        var_173 = wp::atomic_add(var_out, var_0, var_172);
        var_175 = wp::extract(var_170, var_174);
        var_176 = wp::atomic_add(var_out, var_0, var_175);
        var_178 = wp::extract(var_170, var_177);
        var_179 = wp::atomic_add(var_out, var_0, var_178);
    }
}



extern "C" __global__ void vectors_f3cfbe15_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_v,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::transform_t<wp::float32>> var_t,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_v,
    wp::array_t<wp::quat_t<wp::float32>> adj_q,
    wp::array_t<wp::transform_t<wp::float32>> adj_t,
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
        wp::vec_t<4, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<4, wp::float32> var_3;
        const wp::int32 var_4 = 1;
        const wp::int32 var_5 = 2;
        wp::slice_t var_6;
        const wp::int32 var_7 = 1;
        const wp::int32 var_8 = 2;
        const wp::int32 var_9 = 1;
        wp::vec_t<1, wp::float32> var_10;
        const wp::int32 var_11 = -1;
        wp::slice_t var_12;
        const wp::int32 var_13 = 3;
        const wp::int32 var_14 = -1;
        const wp::int32 var_15 = -1;
        wp::vec_t<4, wp::float32> var_16;
        const wp::int32 var_17 = -3;
        const wp::int32 var_18 = -1;
        wp::slice_t var_19;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = 3;
        const wp::int32 var_22 = 1;
        wp::vec_t<2, wp::float32> var_23;
        const wp::int32 var_24 = -2;
        const wp::int32 var_25 = 5;
        const wp::int32 var_26 = -9;
        wp::slice_t var_27;
        const wp::int32 var_28 = 3;
        const wp::int32 var_29 = -1;
        const wp::int32 var_30 = -2;
        wp::vec_t<2, wp::float32> var_31;
        const wp::int32 var_32 = 2;
        const wp::int32 var_33 = 3;
        wp::slice_t var_34;
        const wp::int32 var_35 = 0;
        const wp::int32 var_36 = 3;
        const wp::int32 var_37 = 2;
        wp::vec_t<2, wp::float32> var_38;
        wp::vec_t<4, wp::float32>* var_39;
        const wp::int32 var_40 = 2;
        wp::slice_t var_41;
        const wp::int32 var_42 = 0;
        const wp::int32 var_43 = 2;
        const wp::int32 var_44 = 1;
        wp::vec_t<2, wp::float32> var_45;
        wp::vec_t<4, wp::float32> var_46;
        wp::quat_t<wp::float32>* var_47;
        const wp::int32 var_48 = 1;
        wp::slice_t var_49;
        const wp::int32 var_50 = 1;
        const wp::int32 var_51 = 4;
        const wp::int32 var_52 = 1;
        wp::vec_t<3, wp::float32> var_53;
        wp::quat_t<wp::float32> var_54;
        wp::transform_t<wp::float32>* var_55;
        const wp::int32 var_56 = 3;
        wp::slice_t var_57;
        const wp::int32 var_58 = 3;
        const wp::int32 var_59 = 7;
        const wp::int32 var_60 = 1;
        wp::vec_t<4, wp::float32> var_61;
        wp::transform_t<wp::float32> var_62;
        const wp::int32 var_63 = 2;
        const wp::int32 var_64 = 1;
        wp::slice_t var_65;
        const wp::int32 var_66 = 2;
        const wp::int32 var_67 = 1;
        const wp::int32 var_68 = 1;
        wp::vec_t<0, wp::float32> var_69;
        const wp::int32 var_70 = -100;
        const wp::int32 var_71 = 100;
        wp::slice_t var_72;
        const wp::int32 var_73 = 0;
        const wp::int32 var_74 = 4;
        const wp::int32 var_75 = 1;
        wp::vec_t<4, wp::float32> var_76;
        const wp::float32 var_77 = 1.0;
        const wp::float32 var_78 = 2.0;
        const wp::float32 var_79 = 3.0;
        const wp::float32 var_80 = 4.0;
        const wp::float32 var_81 = 5.0;
        const wp::float32 var_82 = 6.0;
        wp::vec_t<6, wp::float32> var_83;
        const wp::int32 var_84 = 3;
        wp::slice_t var_85;
        const wp::int32 var_86 = 0;
        const wp::int32 var_87 = 6;
        const wp::int32 var_88 = 3;
        wp::vec_t<2, wp::float32> var_89;
        const wp::int32 var_90 = 1;
        const wp::int32 var_91 = 2;
        const wp::int32 var_92 = 3;
        const wp::int32 var_93 = 4;
        wp::vec_t<4, wp::int32> var_94;
        const wp::int32 var_95 = 1;
        wp::slice_t var_96;
        const wp::int32 var_97 = 1;
        const wp::int32 var_98 = 4;
        const wp::int32 var_99 = 1;
        wp::vec_t<3, wp::int32> var_100;
        const wp::int32 var_101 = 0;
        wp::float32 var_102;
        const wp::int32 var_103 = 1;
        wp::float32 var_104;
        const wp::int32 var_105 = 2;
        wp::float32 var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::vec_t<2, wp::float32> var_108;
        const wp::int32 var_109 = 0;
        wp::float32 var_110;
        const wp::int32 var_111 = 0;
        wp::float32 var_112;
        wp::float32 var_113;
        const wp::int32 var_114 = 1;
        wp::float32 var_115;
        wp::float32 var_116;
        const wp::int32 var_117 = 0;
        wp::float32 var_118;
        wp::float32 var_119;
        const wp::int32 var_120 = 1;
        wp::float32 var_121;
        wp::float32 var_122;
        const wp::int32 var_123 = 1;
        wp::float32 var_124;
        wp::float32 var_125;
        const wp::int32 var_126 = 2;
        wp::float32 var_127;
        wp::float32 var_128;
        const wp::int32 var_129 = 3;
        wp::float32 var_130;
        wp::float32 var_131;
        const wp::int32 var_132 = 0;
        wp::float32 var_133;
        wp::float32 var_134;
        const wp::int32 var_135 = 3;
        wp::float32 var_136;
        wp::float32 var_137;
        const wp::int32 var_138 = 1;
        wp::float32 var_139;
        wp::float32 var_140;
        const wp::int32 var_141 = 0;
        wp::int32 var_142;
        wp::float32 var_143;
        const wp::int32 var_144 = 1;
        wp::float32 var_145;
        wp::float32 var_146;
        const wp::int32 var_147 = 2;
        wp::slice_t var_148;
        const wp::int32 var_149 = 0;
        const wp::int32 var_150 = 2;
        const wp::int32 var_151 = 1;
        wp::vec_t<2, wp::float32> var_152;
        wp::float32 var_153;
        wp::float32 var_154;
        const wp::int32 var_155 = 1;
        const wp::int32 var_156 = 3;
        wp::slice_t var_157;
        const wp::int32 var_158 = 1;
        const wp::int32 var_159 = 3;
        const wp::int32 var_160 = 1;
        wp::vec_t<2, wp::float32> var_161;
        wp::float32 var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        const wp::int32 var_165 = 1;
        wp::slice_t var_166;
        const wp::int32 var_167 = 1;
        const wp::int32 var_168 = 4;
        const wp::int32 var_169 = 1;
        wp::vec_t<3, wp::float32> var_170;
        const wp::int32 var_171 = 0;
        wp::float32 var_172;
        wp::float32 var_173;
        const wp::int32 var_174 = 1;
        wp::float32 var_175;
        wp::float32 var_176;
        const wp::int32 var_177 = 2;
        wp::float32 var_178;
        wp::float32 var_179;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::float32> adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::slice_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<1, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::slice_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::vec_t<4, wp::float32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::slice_t adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::vec_t<2, wp::float32> adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::slice_t adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::vec_t<2, wp::float32> adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::slice_t adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::vec_t<2, wp::float32> adj_38 = {};
        wp::vec_t<4, wp::float32> adj_39 = {};
        wp::int32 adj_40 = {};
        wp::slice_t adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::vec_t<2, wp::float32> adj_45 = {};
        wp::vec_t<4, wp::float32> adj_46 = {};
        wp::quat_t<wp::float32> adj_47 = {};
        wp::int32 adj_48 = {};
        wp::slice_t adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::quat_t<wp::float32> adj_54 = {};
        wp::transform_t<wp::float32> adj_55 = {};
        wp::int32 adj_56 = {};
        wp::slice_t adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::vec_t<4, wp::float32> adj_61 = {};
        wp::transform_t<wp::float32> adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::slice_t adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::vec_t<0, wp::float32> adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::slice_t adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::vec_t<4, wp::float32> adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::vec_t<6, wp::float32> adj_83 = {};
        wp::int32 adj_84 = {};
        wp::slice_t adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::vec_t<2, wp::float32> adj_89 = {};
        wp::int32 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::vec_t<4, wp::int32> adj_94 = {};
        wp::int32 adj_95 = {};
        wp::slice_t adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::vec_t<3, wp::int32> adj_100 = {};
        wp::int32 adj_101 = {};
        wp::float32 adj_102 = {};
        wp::int32 adj_103 = {};
        wp::float32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::vec_t<3, wp::float32> adj_107 = {};
        wp::vec_t<2, wp::float32> adj_108 = {};
        wp::int32 adj_109 = {};
        wp::float32 adj_110 = {};
        wp::int32 adj_111 = {};
        wp::float32 adj_112 = {};
        wp::float32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::float32 adj_116 = {};
        wp::int32 adj_117 = {};
        wp::float32 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::int32 adj_120 = {};
        wp::float32 adj_121 = {};
        wp::float32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::float32 adj_125 = {};
        wp::int32 adj_126 = {};
        wp::float32 adj_127 = {};
        wp::float32 adj_128 = {};
        wp::int32 adj_129 = {};
        wp::float32 adj_130 = {};
        wp::float32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::float32 adj_133 = {};
        wp::float32 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::float32 adj_136 = {};
        wp::float32 adj_137 = {};
        wp::int32 adj_138 = {};
        wp::float32 adj_139 = {};
        wp::float32 adj_140 = {};
        wp::int32 adj_141 = {};
        wp::int32 adj_142 = {};
        wp::float32 adj_143 = {};
        wp::int32 adj_144 = {};
        wp::float32 adj_145 = {};
        wp::float32 adj_146 = {};
        wp::int32 adj_147 = {};
        wp::slice_t adj_148 = {};
        wp::int32 adj_149 = {};
        wp::int32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::vec_t<2, wp::float32> adj_152 = {};
        wp::float32 adj_153 = {};
        wp::float32 adj_154 = {};
        wp::int32 adj_155 = {};
        wp::int32 adj_156 = {};
        wp::slice_t adj_157 = {};
        wp::int32 adj_158 = {};
        wp::int32 adj_159 = {};
        wp::int32 adj_160 = {};
        wp::vec_t<2, wp::float32> adj_161 = {};
        wp::float32 adj_162 = {};
        wp::float32 adj_163 = {};
        wp::float32 adj_164 = {};
        wp::int32 adj_165 = {};
        wp::slice_t adj_166 = {};
        wp::int32 adj_167 = {};
        wp::int32 adj_168 = {};
        wp::int32 adj_169 = {};
        wp::vec_t<3, wp::float32> adj_170 = {};
        wp::int32 adj_171 = {};
        wp::float32 adj_172 = {};
        wp::float32 adj_173 = {};
        wp::int32 adj_174 = {};
        wp::float32 adj_175 = {};
        wp::float32 adj_176 = {};
        wp::int32 adj_177 = {};
        wp::float32 adj_178 = {};
        wp::float32 adj_179 = {};
        //---------
        // forward
        // def vectors(v: wp.array(dtype=wp.vec4), q: wp.array(dtype=wp.quat), t: wp.array(dtype=wp.transform), out: wp.array(dtype=float)):       <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // x = v[i]                                                                               <L 19>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = x[1:N]                                                                             <L 20>
        var_6 = wp::slice_t(var_7, var_8, var_9);
        var_10 = wp::extract<1>(var_2, var_6);
        // b = x[::-1]                                                                            <L 21>
        var_12 = wp::slice_t(var_13, var_14, var_15);
        var_16 = wp::extract<4>(var_2, var_12);
        // c = x[-3:-1]                                                                           <L 22>
        var_19 = wp::slice_t(var_20, var_21, var_22);
        var_23 = wp::extract<2>(var_2, var_19);
        // d = x[5:-9:-2]                                                                         <L 23>
        var_27 = wp::slice_t(var_28, var_29, var_30);
        var_31 = wp::extract<2>(var_2, var_27);
        // e = x[:M:2]                                                                            <L 24>
        var_34 = wp::slice_t(var_35, var_36, var_37);
        var_38 = wp::extract<2>(var_2, var_34);
        // f = v[i][:2]                                                                           <L 25>
        var_39 = wp::address(var_v, var_0);
        var_41 = wp::slice_t(var_42, var_43, var_44);
        var_46 = wp::load(var_39);
        var_45 = wp::extract<2>(var_46, var_41);
        // g = q[i][1:]                                                                           <L 26>
        var_47 = wp::address(var_q, var_0);
        var_49 = wp::slice_t(var_50, var_51, var_52);
        var_54 = wp::load(var_47);
        var_53 = wp::extract<3>(var_54, var_49);
        // h = t[i][3:]                                                                           <L 27>
        var_55 = wp::address(var_t, var_0);
        var_57 = wp::slice_t(var_58, var_59, var_60);
        var_62 = wp::load(var_55);
        var_61 = wp::extract<4>(var_62, var_57);
        // empty = x[2:1]                                                                         <L 28>
        var_65 = wp::slice_t(var_66, var_67, var_68);
        var_69 = wp::extract<0>(var_2, var_65);
        // wide = x[-100:100]                                                                     <L 29>
        var_72 = wp::slice_t(var_73, var_74, var_75);
        var_76 = wp::extract<4>(var_2, var_72);
        // w = wp.spatial_vector(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)[::3]                               <L 30>
        var_83 = wp::vec_t<6, wp::float32>({var_77, var_78, var_79, var_80, var_81, var_82});
        var_85 = wp::slice_t(var_86, var_87, var_88);
        var_89 = wp::extract<2>(var_83, var_85);
        // iv = wp.vec4i(1, 2, 3, 4)[1:]                                                          <L 31>
        var_94 = wp::vec_t<4, wp::int32>(var_90, var_91, var_92, var_93);
        var_96 = wp::slice_t(var_97, var_98, var_99);
        var_100 = wp::extract<3>(var_94, var_96);
        // y = tail(wp.vec3(x[0], x[1], x[2]))                                                    <L 32>
        var_102 = wp::extract(var_2, var_101);
        var_104 = wp::extract(var_2, var_103);
        var_106 = wp::extract(var_2, var_105);
        var_107 = wp::vec_t<3, wp::float32>(var_102, var_104, var_106);
        var_108 = tail_0(var_107);
        // out[i] = a[0] + b[0] + c[1] + d[0] + e[1] + f[1] + g[2] + h[3] + float(len(empty)) + wide[3] + w[1]       <L 33>
        var_110 = wp::extract(var_10, var_109);
        var_112 = wp::extract(var_16, var_111);
        var_113 = wp::add(var_110, var_112);
        var_115 = wp::extract(var_23, var_114);
        var_116 = wp::add(var_113, var_115);
        var_118 = wp::extract(var_31, var_117);
        var_119 = wp::add(var_116, var_118);
        var_121 = wp::extract(var_38, var_120);
        var_122 = wp::add(var_119, var_121);
        var_124 = wp::extract(var_45, var_123);
        var_125 = wp::add(var_122, var_124);
        var_127 = wp::extract(var_53, var_126);
        var_128 = wp::add(var_125, var_127);
        var_130 = wp::extract(var_61, var_129);
        var_131 = wp::add(var_128, var_130);
        var_133 = wp::float(var_132);
        var_134 = wp::add(var_131, var_133);
        var_136 = wp::extract(var_76, var_135);
        var_137 = wp::add(var_134, var_136);
        var_139 = wp::extract(var_89, var_138);
        var_140 = wp::add(var_137, var_139);
        // wp::array_store(var_out, var_0, var_140);
        // out[i] += float(iv[0]) + y[1] + wp.length(x[:2]) + wp.dot(x[1:3], f)                   <L 34>
        var_142 = wp::extract(var_100, var_141);
        var_143 = wp::float(var_142);
        var_145 = wp::extract(var_108, var_144);
        var_146 = wp::add(var_143, var_145);
        var_148 = wp::slice_t(var_149, var_150, var_151);
        var_152 = wp::extract<2>(var_2, var_148);
        var_153 = wp::length(var_152);
        var_154 = wp::add(var_146, var_153);
        var_157 = wp::slice_t(var_158, var_159, var_160);
        var_161 = wp::extract<2>(var_2, var_157);
        var_162 = wp::dot(var_161, var_45);
        var_163 = wp::add(var_154, var_162);
        // var_164 = wp::atomic_add(var_out, var_0, var_163);
        // rest = x[1:]                                                                           <L 35>
        var_166 = wp::slice_t(var_167, var_168, var_169);
        var_170 = wp::extract<3>(var_2, var_166);
        // for j in range(3):                                                                     <L 36>
        // out[i] += rest[j]                                                                      <L 37>
        var_172 = wp::extract(var_170, var_171);
        // var_173 = wp::atomic_add(var_out, var_0, var_172);
        var_175 = wp::extract(var_170, var_174);
        // var_176 = wp::atomic_add(var_out, var_0, var_175);
        var_178 = wp::extract(var_170, var_177);
        // var_179 = wp::atomic_add(var_out, var_0, var_178);
        //---------
        // reverse
        wp::adj_atomic_add(var_out, var_0, var_178, adj_out, adj_0, adj_178, adj_179);
        wp::adj_extract(var_170, var_177, adj_170, adj_177, adj_178);
        wp::adj_atomic_add(var_out, var_0, var_175, adj_out, adj_0, adj_175, adj_176);
        wp::adj_extract(var_170, var_174, adj_170, adj_174, adj_175);
        wp::adj_atomic_add(var_out, var_0, var_172, adj_out, adj_0, adj_172, adj_173);
        wp::adj_extract(var_170, var_171, adj_170, adj_171, adj_172);
        // adj: out[i] += rest[j]                                                                 <L 37>
        // adj: for j in range(3):                                                                <L 36>
        wp::adj_extract(var_2, var_166, adj_2, adj_166, adj_170);
        // adj: rest = x[1:]                                                                      <L 35>
        wp::adj_atomic_add(var_out, var_0, var_163, adj_out, adj_0, adj_163, adj_164);
        wp::adj_add(var_154, var_162, adj_154, adj_162, adj_163);
        wp::adj_dot(var_161, var_45, adj_161, adj_45, adj_162);
        wp::adj_extract(var_2, var_157, adj_2, adj_157, adj_161);
        wp::adj_add(var_146, var_153, adj_146, adj_153, adj_154);
        wp::adj_length(var_152, var_153, adj_152, adj_153);
        wp::adj_extract(var_2, var_148, adj_2, adj_148, adj_152);
        wp::adj_add(var_143, var_145, adj_143, adj_145, adj_146);
        wp::adj_extract(var_108, var_144, adj_108, adj_144, adj_145);
        wp::adj_float(var_142, adj_142, adj_143);
        wp::adj_extract(var_100, var_141, adj_100, adj_141, adj_142);
        // adj: out[i] += float(iv[0]) + y[1] + wp.length(x[:2]) + wp.dot(x[1:3], f)              <L 34>
        wp::adj_array_store(var_out, var_0, var_140, adj_out, adj_0, adj_140);
        wp::adj_add(var_137, var_139, adj_137, adj_139, adj_140);
        wp::adj_extract(var_89, var_138, adj_89, adj_138, adj_139);
        wp::adj_add(var_134, var_136, adj_134, adj_136, adj_137);
        wp::adj_extract(var_76, var_135, adj_76, adj_135, adj_136);
        wp::adj_add(var_131, var_133, adj_131, adj_133, adj_134);
        wp::adj_float(var_132, adj_132, adj_133);
        wp::adj_add(var_128, var_130, adj_128, adj_130, adj_131);
        wp::adj_extract(var_61, var_129, adj_61, adj_129, adj_130);
        wp::adj_add(var_125, var_127, adj_125, adj_127, adj_128);
        wp::adj_extract(var_53, var_126, adj_53, adj_126, adj_127);
        wp::adj_add(var_122, var_124, adj_122, adj_124, adj_125);
        wp::adj_extract(var_45, var_123, adj_45, adj_123, adj_124);
        wp::adj_add(var_119, var_121, adj_119, adj_121, adj_122);
        wp::adj_extract(var_38, var_120, adj_38, adj_120, adj_121);
        wp::adj_add(var_116, var_118, adj_116, adj_118, adj_119);
        wp::adj_extract(var_31, var_117, adj_31, adj_117, adj_118);
        wp::adj_add(var_113, var_115, adj_113, adj_115, adj_116);
        wp::adj_extract(var_23, var_114, adj_23, adj_114, adj_115);
        wp::adj_add(var_110, var_112, adj_110, adj_112, adj_113);
        wp::adj_extract(var_16, var_111, adj_16, adj_111, adj_112);
        wp::adj_extract(var_10, var_109, adj_10, adj_109, adj_110);
        // adj: out[i] = a[0] + b[0] + c[1] + d[0] + e[1] + f[1] + g[2] + h[3] + float(len(empty)) + wide[3] + w[1]  <L 33>
        adj_tail_0(var_107, adj_107, adj_108);
        wp::adj_vec_t(var_102, var_104, var_106, adj_102, adj_104, adj_106, adj_107);
        wp::adj_extract(var_2, var_105, adj_2, adj_105, adj_106);
        wp::adj_extract(var_2, var_103, adj_2, adj_103, adj_104);
        wp::adj_extract(var_2, var_101, adj_2, adj_101, adj_102);
        // adj: y = tail(wp.vec3(x[0], x[1], x[2]))                                               <L 32>
        wp::adj_extract(var_94, var_96, adj_94, adj_96, adj_100);
        wp::adj_vec_t(var_90, var_91, var_92, var_93, adj_90, adj_91, adj_92, adj_93, adj_94);
        // adj: iv = wp.vec4i(1, 2, 3, 4)[1:]                                                     <L 31>
        wp::adj_extract(var_83, var_85, adj_83, adj_85, adj_89);
        wp::adj_vec_t({var_77, var_78, var_79, var_80, var_81, var_82}, {&adj_77, &adj_78, &adj_79, &adj_80, &adj_81, &adj_82}, adj_83);
        // adj: w = wp.spatial_vector(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)[::3]                          <L 30>
        wp::adj_extract(var_2, var_72, adj_2, adj_72, adj_76);
        // adj: wide = x[-100:100]                                                                <L 29>
        wp::adj_extract(var_2, var_65, adj_2, adj_65, adj_69);
        // adj: empty = x[2:1]                                                                    <L 28>
        wp::adj_extract(var_62, var_57, adj_55, adj_57, adj_61);
        wp::adj_address(var_t, var_0, adj_t, adj_0, adj_55);
        // adj: h = t[i][3:]                                                                      <L 27>
        wp::adj_extract(var_54, var_49, adj_47, adj_49, adj_53);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_47);
        // adj: g = q[i][1:]                                                                      <L 26>
        wp::adj_extract(var_46, var_41, adj_39, adj_41, adj_45);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_39);
        // adj: f = v[i][:2]                                                                      <L 25>
        wp::adj_extract(var_2, var_34, adj_2, adj_34, adj_38);
        // adj: e = x[:M:2]                                                                       <L 24>
        wp::adj_extract(var_2, var_27, adj_2, adj_27, adj_31);
        // adj: d = x[5:-9:-2]                                                                    <L 23>
        wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_23);
        // adj: c = x[-3:-1]                                                                      <L 22>
        wp::adj_extract(var_2, var_12, adj_2, adj_12, adj_16);
        // adj: b = x[::-1]                                                                       <L 21>
        wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_10);
        // adj: a = x[1:N]                                                                        <L 20>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: x = v[i]                                                                          <L 19>
        // adj: i = wp.tid()                                                                      <L 18>
        // adj: def vectors(v: wp.array(dtype=wp.vec4), q: wp.array(dtype=wp.quat), t: wp.array(dtype=wp.transform), out: wp.array(dtype=float)):  <L 17>
        continue;
    }
}

