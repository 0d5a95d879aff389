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



extern "C" __global__ void k_a1c41f2f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_a,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
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
        const wp::float32 var_1 = 1.0;
        const wp::float32 var_2 = 2.0;
        const wp::float32 var_3 = 3.0;
        const wp::float32 var_4 = 4.0;
        const wp::float32 var_5 = 5.0;
        const wp::float32 var_6 = 6.0;
        const wp::float32 var_7 = 7.0;
        const wp::float32 var_8 = 8.0;
        const wp::float32 var_9 = 9.0;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::mat_t<3, 3, wp::float32>* var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        wp::mat_t<3, 3, wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32> var_14;
        wp::mat_t<3, 3, wp::float32>* var_15;
        wp::mat_t<3, 3, wp::float32> var_16;
        wp::mat_t<3, 3, wp::float32> var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        const wp::float32 var_21 = 0.5;
        const wp::float32 var_22 = 1.0;
        const wp::float32 var_23 = 2.0;
        const wp::float32 var_24 = 3.0;
        wp::mat_t<2, 2, wp::float64> var_25;
        const wp::float64 var_26 = 0.5;
        const wp::float64 var_27 = 1.0;
        const wp::float64 var_28 = 2.0;
        const wp::float64 var_29 = 3.0;
        wp::mat_t<2, 2, wp::float64>* var_30;
        wp::mat_t<2, 2, wp::float64> var_31;
        wp::mat_t<2, 2, wp::float64> var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 0;
        const wp::int32 var_37 = 1;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::int32 var_40 = 1;
        const wp::int32 var_41 = 2;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::int32 var_44 = 0;
        const wp::int32 var_45 = 0;
        wp::float64 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::int32 var_49 = 2;
        wp::vec_t<3, wp::float32> var_50;
        wp::mat_t<3, 3, wp::float32> var_51;
        const wp::float32 var_52 = 2.0;
        wp::mat_t<3, 3, wp::float32> var_53;
        wp::mat_t<2, 2, wp::float32> var_54;
        const wp::int32 var_55 = 0;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 0;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::int32 var_61 = 0;
        const wp::int32 var_62 = 0;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::mat_t<3, 3, wp::float32> var_65;
        wp::mat_t<3, 3, wp::float32> var_66;
        //---------
        // forward
        // def k(a: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.mat22d), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // m = wp.mat33(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)                              <L 6>
        var_10 = wp::mat_t<3, 3, wp::float32>(var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8, var_9);
        // n = a[i] * m + m - a[i]                                                                <L 7>
        var_11 = wp::address(var_a, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::mul(var_13, var_10);
        var_14 = wp::add(var_12, var_10);
        var_15 = wp::address(var_a, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::sub(var_14, var_17);
        // w = n * v[i]                                                                           <L 8>
        var_18 = wp::address(var_v, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::mul(var_16, var_20);
        // d = wp.mat22d(0.5, 1.0, 2.0, 3.0)                                                      <L 9>
        var_25 = wp::mat_t<2, 2, wp::float64>(var_26, var_27, var_28, var_29);
        // e = b[i] * d                                                                           <L 10>
        var_30 = wp::address(var_b, var_0);
        var_32 = wp::load(var_30);
        var_31 = wp::mul(var_32, var_25);
        // s = wp.determinant(m) + wp.trace(n) + m[0, 1] + m[1][2] + float(e[0, 0])               <L 11>
        var_33 = wp::determinant(var_10);
        var_34 = wp::trace(var_16);
        var_35 = wp::add(var_33, var_34);
        var_38 = wp::extract(var_10, var_36, var_37);
        var_39 = wp::add(var_35, var_38);
        var_42 = wp::extract(var_10, var_40, var_41);
        var_43 = wp::add(var_39, var_42);
        var_46 = wp::extract(var_31, var_44, var_45);
        var_47 = wp::float(var_46);
        var_48 = wp::add(var_43, var_47);
        // r = m[2]                                                                               <L 12>
        var_50 = wp::extract(var_10, var_49);
        // t = wp.transpose(m) * 2.0                                                              <L 13>
        var_51 = wp::transpose(var_10);
        var_53 = wp::mul(var_51, var_52);
        // z = wp.mat22()                                                                         <L 14>
        var_54 = wp::mat_t<2, 2, wp::float32>();
        // out[i] = s + r[0] + w.x + t[0, 0]                                                      <L 15>
        var_56 = wp::extract(var_50, var_55);
        var_57 = wp::add(var_48, var_56);
        var_59 = wp::extract(var_19, var_58);
        var_60 = wp::add(var_57, var_59);
        var_63 = wp::extract(var_53, var_61, var_62);
        var_64 = wp::add(var_60, var_63);
        wp::array_store(var_out, var_0, var_64);
        // a[i] = -t                                                                              <L 16>
        var_65 = wp::neg(var_53);
        wp::array_store(var_a, var_0, var_65);
        // a[i] += m                                                                              <L 17>
        var_66 = wp::atomic_add(var_a, var_0, var_10);
    }
}



extern "C" __global__ void k_a1c41f2f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_a,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_a,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> adj_b,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
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
        const wp::float32 var_1 = 1.0;
        const wp::float32 var_2 = 2.0;
        const wp::float32 var_3 = 3.0;
        const wp::float32 var_4 = 4.0;
        const wp::float32 var_5 = 5.0;
        const wp::float32 var_6 = 6.0;
        const wp::float32 var_7 = 7.0;
        const wp::float32 var_8 = 8.0;
        const wp::float32 var_9 = 9.0;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::mat_t<3, 3, wp::float32>* var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        wp::mat_t<3, 3, wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32> var_14;
        wp::mat_t<3, 3, wp::float32>* var_15;
        wp::mat_t<3, 3, wp::float32> var_16;
        wp::mat_t<3, 3, wp::float32> var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        const wp::float32 var_21 = 0.5;
        const wp::float32 var_22 = 1.0;
        const wp::float32 var_23 = 2.0;
        const wp::float32 var_24 = 3.0;
        wp::mat_t<2, 2, wp::float64> var_25;
        const wp::float64 var_26 = 0.5;
        const wp::float64 var_27 = 1.0;
        const wp::float64 var_28 = 2.0;
        const wp::float64 var_29 = 3.0;
        wp::mat_t<2, 2, wp::float64>* var_30;
        wp::mat_t<2, 2, wp::float64> var_31;
        wp::mat_t<2, 2, wp::float64> var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 0;
        const wp::int32 var_37 = 1;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::int32 var_40 = 1;
        const wp::int32 var_41 = 2;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::int32 var_44 = 0;
        const wp::int32 var_45 = 0;
        wp::float64 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::int32 var_49 = 2;
        wp::vec_t<3, wp::float32> var_50;
        wp::mat_t<3, 3, wp::float32> var_51;
        const wp::float32 var_52 = 2.0;
        wp::mat_t<3, 3, wp::float32> var_53;
        wp::mat_t<2, 2, wp::float32> var_54;
        const wp::int32 var_55 = 0;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 0;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::int32 var_61 = 0;
        const wp::int32 var_62 = 0;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::mat_t<3, 3, wp::float32> var_65;
        wp::mat_t<3, 3, wp::float32> var_66;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::mat_t<3, 3, wp::float32> adj_10 = {};
        wp::mat_t<3, 3, wp::float32> adj_11 = {};
        wp::mat_t<3, 3, wp::float32> adj_12 = {};
        wp::mat_t<3, 3, wp::float32> adj_13 = {};
        wp::mat_t<3, 3, wp::float32> adj_14 = {};
        wp::mat_t<3, 3, wp::float32> adj_15 = {};
        wp::mat_t<3, 3, wp::float32> adj_16 = {};
        wp::mat_t<3, 3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::mat_t<2, 2, wp::float64> adj_25 = {};
        wp::float64 adj_26 = {};
        wp::float64 adj_27 = {};
        wp::float64 adj_28 = {};
        wp::float64 adj_29 = {};
        wp::mat_t<2, 2, wp::float64> adj_30 = {};
        wp::mat_t<2, 2, wp::float64> adj_31 = {};
        wp::mat_t<2, 2, wp::float64> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float64 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::mat_t<3, 3, wp::float32> adj_51 = {};
        wp::float32 adj_52 = {};
        wp::mat_t<3, 3, wp::float32> adj_53 = {};
        wp::mat_t<2, 2, wp::float32> adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::mat_t<3, 3, wp::float32> adj_65 = {};
        wp::mat_t<3, 3, wp::float32> adj_66 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.mat22d), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // m = wp.mat33(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)                              <L 6>
        var_10 = wp::mat_t<3, 3, wp::float32>(var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8, var_9);
        // n = a[i] * m + m - a[i]                                                                <L 7>
        var_11 = wp::address(var_a, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::mul(var_13, var_10);
        var_14 = wp::add(var_12, var_10);
        var_15 = wp::address(var_a, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::sub(var_14, var_17);
        // w = n * v[i]                                                                           <L 8>
        var_18 = wp::address(var_v, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::mul(var_16, var_20);
        // d = wp.mat22d(0.5, 1.0, 2.0, 3.0)                                                      <L 9>
        var_25 = wp::mat_t<2, 2, wp::float64>(var_26, var_27, var_28, var_29);
        // e = b[i] * d                                                                           <L 10>
        var_30 = wp::address(var_b, var_0);
        var_32 = wp::load(var_30);
        var_31 = wp::mul(var_32, var_25);
        // s = wp.determinant(m) + wp.trace(n) + m[0, 1] + m[1][2] + float(e[0, 0])               <L 11>
        var_33 = wp::determinant(var_10);
        var_34 = wp::trace(var_16);
        var_35 = wp::add(var_33, var_34);
        var_38 = wp::extract(var_10, var_36, var_37);
        var_39 = wp::add(var_35, var_38);
        var_42 = wp::extract(var_10, var_40, var_41);
        var_43 = wp::add(var_39, var_42);
        var_46 = wp::extract(var_31, var_44, var_45);
        var_47 = wp::float(var_46);
        var_48 = wp::add(var_43, var_47);
        // r = m[2]                                                                               <L 12>
        var_50 = wp::extract(var_10, var_49);
        // t = wp.transpose(m) * 2.0                                                              <L 13>
        var_51 = wp::transpose(var_10);
        var_53 = wp::mul(var_51, var_52);
        // z = wp.mat22()                                                                         <L 14>
        var_54 = wp::mat_t<2, 2, wp::float32>();
        // out[i] = s + r[0] + w.x + t[0, 0]                                                      <L 15>
        var_56 = wp::extract(var_50, var_55);
        var_57 = wp::add(var_48, var_56);
        var_59 = wp::extract(var_19, var_58);
        var_60 = wp::add(var_57, var_59);
        var_63 = wp::extract(var_53, var_61, var_62);
        var_64 = wp::add(var_60, var_63);
        // wp::array_store(var_out, var_0, var_64);
        // a[i] = -t                                                                              <L 16>
        var_65 = wp::neg(var_53);
        // wp::array_store(var_a, var_0, var_65);
        // a[i] += m                                                                              <L 17>
        // var_66 = wp::atomic_add(var_a, var_0, var_10);
        //---------
        // reverse
        wp::adj_atomic_add(var_a, var_0, var_10, adj_a, adj_0, adj_10, adj_66);
        // adj: a[i] += m                                                                         <L 17>
        wp::adj_array_store(var_a, var_0, var_65, adj_a, adj_0, adj_65);
        wp::adj_neg(var_53, adj_53, adj_65);
        // adj: a[i] = -t                                                                         <L 16>
        wp::adj_array_store(var_out, var_0, var_64, adj_out, adj_0, adj_64);
        wp::adj_add(var_60, var_63, adj_60, adj_63, adj_64);
        wp::adj_extract(var_53, var_61, var_62, adj_53, adj_61, adj_62, adj_63);
        wp::adj_add(var_57, var_59, adj_57, adj_59, adj_60);
        wp::adj_extract(var_19, var_58, adj_19, adj_58, adj_59);
        wp::adj_add(var_48, var_56, adj_48, adj_56, adj_57);
        wp::adj_extract(var_50, var_55, adj_50, adj_55, adj_56);
        // adj: out[i] = s + r[0] + w.x + t[0, 0]                                                 <L 15>
        // adj: z = wp.mat22()                                                                    <L 14>
        wp::adj_mul(var_51, var_52, adj_51, adj_52, adj_53);
        wp::adj_transpose(var_10, adj_10, adj_51);
        // adj: t = wp.transpose(m) * 2.0                                                         <L 13>
        wp::adj_extract(var_10, var_49, adj_10, adj_49, adj_50);
        // adj: r = m[2]                                                                          <L 12>
        wp::adj_add(var_43, var_47, adj_43, adj_47, adj_48);
        wp::adj_float(var_46, adj_46, adj_47);
        wp::adj_extract(var_31, var_44, var_45, adj_31, adj_44, adj_45, adj_46);
        wp::adj_add(var_39, var_42, adj_39, adj_42, adj_43);
        wp::adj_extract(var_10, var_40, var_41, adj_10, adj_40, adj_41, adj_42);
        wp::adj_add(var_35, var_38, adj_35, adj_38, adj_39);
        wp::adj_extract(var_10, var_36, var_37, adj_10, adj_36, adj_37, adj_38);
        wp::adj_add(var_33, var_34, adj_33, adj_34, adj_35);
        wp::adj_trace(var_16, adj_16, adj_34);
        wp::adj_determinant(var_10, adj_10, adj_33);
        // adj: s = wp.determinant(m) + wp.trace(n) + m[0, 1] + m[1][2] + float(e[0, 0])          <L 11>
        wp::adj_mul(var_32, var_25, adj_30, adj_25, adj_31);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_30);
        // adj: e = b[i] * d                                                                      <L 10>
        wp::adj_mat_t(var_26, var_27, var_28, var_29, adj_26, adj_27, adj_28, adj_29, adj_25);
        // adj: d = wp.mat22d(0.5, 1.0, 2.0, 3.0)                                                 <L 9>
        wp::adj_mul(var_16, var_20, adj_16, adj_18, adj_19);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_18);
        // adj: w = n * v[i]                                                                      <L 8>
        wp::adj_sub(var_14, var_17, adj_14, adj_15, adj_16);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_15);
        wp::adj_add(var_12, var_10, adj_12, adj_10, adj_14);
        wp::adj_mul(var_13, var_10, adj_11, adj_10, adj_12);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_11);
        // adj: n = a[i] * m + m - a[i]                                                           <L 7>
        wp::adj_mat_t(var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8, var_9, adj_1, adj_2, adj_3, adj_4, adj_5, adj_6, adj_7, adj_8, adj_9, adj_10);
        // adj: m = wp.mat33(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)                         <L 6>
        // adj: i = wp.tid()                                                                      <L 5>
        // adj: def k(a: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.mat22d), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):  <L 4>
        continue;
    }
}

