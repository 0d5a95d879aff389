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



extern "C" __global__ void k_1e975918_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::quat_t<wp::float32>> var_qs,
    wp::array_t<wp::transform_t<wp::float32>> var_ts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vs,
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
        wp::quat_t<wp::float32>* var_1;
        wp::quat_t<wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        const wp::float32 var_4 = 0.0;
        const wp::float32 var_5 = 0.0;
        const wp::float32 var_6 = 0.0;
        const wp::float32 var_7 = 1.0;
        wp::quat_t<wp::float32> var_8;
        wp::quat_t<wp::float32> var_9;
        const wp::float32 var_10 = 0.0;
        const wp::float32 var_11 = 1.0;
        const wp::float32 var_12 = 0.0;
        wp::vec_t<3, wp::float32> var_13;
        const wp::float32 var_14 = 0.5;
        wp::quat_t<wp::float32> var_15;
        wp::quat_t<wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::quat_t<wp::float32> var_24;
        wp::quat_t<wp::float32> var_25;
        const wp::float32 var_26 = 2.0;
        wp::quat_t<wp::float32> var_27;
        wp::mat_t<3, 3, wp::float32> var_28;
        wp::transform_t<wp::float32> var_29;
        wp::transform_t<wp::float32>* var_30;
        wp::transform_t<wp::float32> var_31;
        wp::transform_t<wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::transform_t<wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::transform_t<wp::float32> var_37;
        const wp::int32 var_38 = 0;
        wp::float32 var_39;
        const wp::int32 var_40 = 3;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        const wp::int32 var_48 = 0;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::quat_t<wp::float32> var_51;
        const wp::int32 var_52 = 3;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 1;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 3;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::int32 var_61 = 0;
        const wp::int32 var_62 = 0;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::vec_t<3, wp::float32> var_65;
        const wp::int32 var_66 = 0;
        wp::float32 var_67;
        wp::float32 var_68;
        //---------
        // forward
        // def k(qs: wp.array(dtype=wp.quat), ts: wp.array(dtype=wp.transform), vs: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // q = qs[i]                                                                              <L 6>
        var_1 = wp::address(var_qs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // r = wp.quat(0.0, 0.0, 0.0, 1.0)                                                        <L 7>
        var_8 = wp::quat_t<wp::float32>(var_4, var_5, var_6, var_7);
        // s = wp.quat_identity()                                                                 <L 8>
        var_9 = wp::quat_identity<wp::float32>();
        // a = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.5)                               <L 9>
        var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
        var_15 = wp::quat_from_axis_angle(var_13, var_14);
        // v = wp.quat_rotate(q * r, vs[i]) + wp.quat_rotate_inv(a, vs[i])                        <L 10>
        var_16 = wp::mul(var_2, var_8);
        var_17 = wp::address(var_vs, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::quat_rotate(var_16, var_19);
        var_20 = wp::address(var_vs, var_0);
        var_22 = wp::load(var_20);
        var_21 = wp::quat_rotate_inv(var_15, var_22);
        var_23 = wp::add(var_18, var_21);
        // qi = wp.normalize(wp.quat_inverse(q)) * 2.0                                            <L 11>
        var_24 = wp::quat_inverse(var_2);
        var_25 = wp::normalize(var_24);
        var_27 = wp::mul(var_25, var_26);
        // m = wp.quat_to_matrix(qi)                                                              <L 12>
        var_28 = wp::quat_to_matrix(var_27);
        // t = wp.transform(v, q)                                                                 <L 13>
        var_29 = wp::transform_t<wp::float32>(var_23, var_2);
        // t2 = ts[i] * t                                                                         <L 14>
        var_30 = wp::address(var_ts, var_0);
        var_32 = wp::load(var_30);
        var_31 = wp::mul(var_32, var_29);
        // p = wp.transform_point(t2, v) + wp.transform_vector(wp.transform_inverse(t), v)        <L 15>
        var_33 = wp::transform_point(var_31, var_23);
        var_34 = wp::transform_inverse(var_29);
        var_35 = wp::transform_vector(var_34, var_23);
        var_36 = wp::add(var_33, var_35);
        // ti = wp.transform_identity()                                                           <L 16>
        var_37 = wp::transform_identity<wp::float32>();
        // out[i] = q.x + q[3] + wp.length(q) + wp.dot(q, r) + t.p[0] + t2.q.w + p.y + s.w + m[0, 0] + ti.p.x       <L 17>
        var_39 = wp::extract(var_2, var_38);
        var_41 = wp::extract(var_2, var_40);
        var_42 = wp::add(var_39, var_41);
        var_43 = wp::length(var_2);
        var_44 = wp::add(var_42, var_43);
        var_45 = wp::dot(var_2, var_8);
        var_46 = wp::add(var_44, var_45);
        var_47 = wp::transform_get_translation(var_29);
        var_49 = wp::extract(var_47, var_48);
        var_50 = wp::add(var_46, var_49);
        var_51 = wp::transform_get_rotation(var_31);
        var_53 = wp::extract(var_51, var_52);
        var_54 = wp::add(var_50, var_53);
        var_56 = wp::extract(var_36, var_55);
        var_57 = wp::add(var_54, var_56);
        var_59 = wp::extract(var_9, var_58);
        var_60 = wp::add(var_57, var_59);
        var_63 = wp::extract(var_28, var_61, var_62);
        var_64 = wp::add(var_60, var_63);
        var_65 = wp::transform_get_translation(var_37);
        var_67 = wp::extract(var_65, var_66);
        var_68 = wp::add(var_64, var_67);
        wp::array_store(var_out, var_0, var_68);
    }
}



extern "C" __global__ void k_1e975918_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::quat_t<wp::float32>> var_qs,
    wp::array_t<wp::transform_t<wp::float32>> var_ts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vs,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::quat_t<wp::float32>> adj_qs,
    wp::array_t<wp::transform_t<wp::float32>> adj_ts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vs,
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
        wp::quat_t<wp::float32>* var_1;
        wp::quat_t<wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        const wp::float32 var_4 = 0.0;
        const wp::float32 var_5 = 0.0;
        const wp::float32 var_6 = 0.0;
        const wp::float32 var_7 = 1.0;
        wp::quat_t<wp::float32> var_8;
        wp::quat_t<wp::float32> var_9;
        const wp::float32 var_10 = 0.0;
        const wp::float32 var_11 = 1.0;
        const wp::float32 var_12 = 0.0;
        wp::vec_t<3, wp::float32> var_13;
        const wp::float32 var_14 = 0.5;
        wp::quat_t<wp::float32> var_15;
        wp::quat_t<wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::quat_t<wp::float32> var_24;
        wp::quat_t<wp::float32> var_25;
        const wp::float32 var_26 = 2.0;
        wp::quat_t<wp::float32> var_27;
        wp::mat_t<3, 3, wp::float32> var_28;
        wp::transform_t<wp::float32> var_29;
        wp::transform_t<wp::float32>* var_30;
        wp::transform_t<wp::float32> var_31;
        wp::transform_t<wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::transform_t<wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::transform_t<wp::float32> var_37;
        const wp::int32 var_38 = 0;
        wp::float32 var_39;
        const wp::int32 var_40 = 3;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        const wp::int32 var_48 = 0;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::quat_t<wp::float32> var_51;
        const wp::int32 var_52 = 3;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 1;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 3;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::int32 var_61 = 0;
        const wp::int32 var_62 = 0;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::vec_t<3, wp::float32> var_65;
        const wp::int32 var_66 = 0;
        wp::float32 var_67;
        wp::float32 var_68;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::quat_t<wp::float32> adj_1 = {};
        wp::quat_t<wp::float32> adj_2 = {};
        wp::quat_t<wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::quat_t<wp::float32> adj_8 = {};
        wp::quat_t<wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::quat_t<wp::float32> adj_15 = {};
        wp::quat_t<wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::quat_t<wp::float32> adj_24 = {};
        wp::quat_t<wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::quat_t<wp::float32> adj_27 = {};
        wp::mat_t<3, 3, wp::float32> adj_28 = {};
        wp::transform_t<wp::float32> adj_29 = {};
        wp::transform_t<wp::float32> adj_30 = {};
        wp::transform_t<wp::float32> adj_31 = {};
        wp::transform_t<wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::transform_t<wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::transform_t<wp::float32> adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::int32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::quat_t<wp::float32> adj_51 = {};
        wp::int32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
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
        wp::vec_t<3, wp::float32> adj_65 = {};
        wp::int32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        //---------
        // forward
        // def k(qs: wp.array(dtype=wp.quat), ts: wp.array(dtype=wp.transform), vs: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // q = qs[i]                                                                              <L 6>
        var_1 = wp::address(var_qs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // r = wp.quat(0.0, 0.0, 0.0, 1.0)                                                        <L 7>
        var_8 = wp::quat_t<wp::float32>(var_4, var_5, var_6, var_7);
        // s = wp.quat_identity()                                                                 <L 8>
        var_9 = wp::quat_identity<wp::float32>();
        // a = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.5)                               <L 9>
        var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
        var_15 = wp::quat_from_axis_angle(var_13, var_14);
        // v = wp.quat_rotate(q * r, vs[i]) + wp.quat_rotate_inv(a, vs[i])                        <L 10>
        var_16 = wp::mul(var_2, var_8);
        var_17 = wp::address(var_vs, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::quat_rotate(var_16, var_19);
        var_20 = wp::address(var_vs, var_0);
        var_22 = wp::load(var_20);
        var_21 = wp::quat_rotate_inv(var_15, var_22);
        var_23 = wp::add(var_18, var_21);
        // qi = wp.normalize(wp.quat_inverse(q)) * 2.0                                            <L 11>
        var_24 = wp::quat_inverse(var_2);
        var_25 = wp::normalize(var_24);
        var_27 = wp::mul(var_25, var_26);
        // m = wp.quat_to_matrix(qi)                                                              <L 12>
        var_28 = wp::quat_to_matrix(var_27);
        // t = wp.transform(v, q)                                                                 <L 13>
        var_29 = wp::transform_t<wp::float32>(var_23, var_2);
        // t2 = ts[i] * t                                                                         <L 14>
        var_30 = wp::address(var_ts, var_0);
        var_32 = wp::load(var_30);
        var_31 = wp::mul(var_32, var_29);
        // p = wp.transform_point(t2, v) + wp.transform_vector(wp.transform_inverse(t), v)        <L 15>
        var_33 = wp::transform_point(var_31, var_23);
        var_34 = wp::transform_inverse(var_29);
        var_35 = wp::transform_vector(var_34, var_23);
        var_36 = wp::add(var_33, var_35);
        // ti = wp.transform_identity()                                                           <L 16>
        var_37 = wp::transform_identity<wp::float32>();
        // out[i] = q.x + q[3] + wp.length(q) + wp.dot(q, r) + t.p[0] + t2.q.w + p.y + s.w + m[0, 0] + ti.p.x       <L 17>
        var_39 = wp::extract(var_2, var_38);
        var_41 = wp::extract(var_2, var_40);
        var_42 = wp::add(var_39, var_41);
        var_43 = wp::length(var_2);
        var_44 = wp::add(var_42, var_43);
        var_45 = wp::dot(var_2, var_8);
        var_46 = wp::add(var_44, var_45);
        var_47 = wp::transform_get_translation(var_29);
        var_49 = wp::extract(var_47, var_48);
        var_50 = wp::add(var_46, var_49);
        var_51 = wp::transform_get_rotation(var_31);
        var_53 = wp::extract(var_51, var_52);
        var_54 = wp::add(var_50, var_53);
        var_56 = wp::extract(var_36, var_55);
        var_57 = wp::add(var_54, var_56);
        var_59 = wp::extract(var_9, var_58);
        var_60 = wp::add(var_57, var_59);
        var_63 = wp::extract(var_28, var_61, var_62);
        var_64 = wp::add(var_60, var_63);
        var_65 = wp::transform_get_translation(var_37);
        var_67 = wp::extract(var_65, var_66);
        var_68 = wp::add(var_64, var_67);
        // wp::array_store(var_out, var_0, var_68);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_68, adj_out, adj_0, adj_68);
        wp::adj_add(var_64, var_67, adj_64, adj_67, adj_68);
        wp::adj_extract(var_65, var_66, adj_65, adj_66, adj_67);
        wp::adj_transform_get_translation(var_37, adj_37, adj_65);
        wp::adj_add(var_60, var_63, adj_60, adj_63, adj_64);
        wp::adj_extract(var_28, var_61, var_62, adj_28, adj_61, adj_62, adj_63);
        wp::adj_add(var_57, var_59, adj_57, adj_59, adj_60);
        wp::adj_extract(var_9, var_58, adj_9, adj_58, adj_59);
        wp::adj_add(var_54, var_56, adj_54, adj_56, adj_57);
        wp::adj_extract(var_36, var_55, adj_36, adj_55, adj_56);
        wp::adj_add(var_50, var_53, adj_50, adj_53, adj_54);
        wp::adj_extract(var_51, var_52, adj_51, adj_52, adj_53);
        wp::adj_transform_get_rotation(var_31, adj_31, adj_51);
        wp::adj_add(var_46, var_49, adj_46, adj_49, adj_50);
        wp::adj_extract(var_47, var_48, adj_47, adj_48, adj_49);
        wp::adj_transform_get_translation(var_29, adj_29, adj_47);
        wp::adj_add(var_44, var_45, adj_44, adj_45, adj_46);
        wp::adj_dot(var_2, var_8, adj_2, adj_8, adj_45);
        wp::adj_add(var_42, var_43, adj_42, adj_43, adj_44);
        wp::adj_length(var_2, var_43, adj_2, adj_43);
        wp::adj_add(var_39, var_41, adj_39, adj_41, adj_42);
        wp::adj_extract(var_2, var_40, adj_2, adj_40, adj_41);
        wp::adj_extract(var_2, var_38, adj_2, adj_38, adj_39);
        // adj: out[i] = q.x + q[3] + wp.length(q) + wp.dot(q, r) + t.p[0] + t2.q.w + p.y + s.w + m[0, 0] + ti.p.x  <L 17>
        // adj: ti = wp.transform_identity()                                                      <L 16>
        wp::adj_add(var_33, var_35, adj_33, adj_35, adj_36);
        wp::adj_transform_vector(var_34, var_23, adj_34, adj_23, adj_35);
        wp::adj_transform_inverse(var_29, adj_29, adj_34);
        wp::adj_transform_point(var_31, var_23, adj_31, adj_23, adj_33);
        // adj: p = wp.transform_point(t2, v) + wp.transform_vector(wp.transform_inverse(t), v)   <L 15>
        wp::adj_mul(var_32, var_29, adj_30, adj_29, adj_31);
        wp::adj_address(var_ts, var_0, adj_ts, adj_0, adj_30);
        // adj: t2 = ts[i] * t                                                                    <L 14>
        wp::adj_transform_t(var_23, var_2, adj_23, adj_2, adj_29);
        // adj: t = wp.transform(v, q)                                                            <L 13>
        wp::adj_quat_to_matrix(var_27, adj_27, adj_28);
        // adj: m = wp.quat_to_matrix(qi)                                                         <L 12>
        wp::adj_mul(var_25, var_26, adj_25, adj_26, adj_27);
        wp::adj_normalize(var_24, adj_24, adj_25);
        wp::adj_quat_inverse(var_2, adj_2, adj_24);
        // adj: qi = wp.normalize(wp.quat_inverse(q)) * 2.0                                       <L 11>
        wp::adj_add(var_18, var_21, adj_18, adj_21, adj_23);
        wp::adj_quat_rotate_inv(var_15, var_22, adj_15, adj_20, adj_21);
        wp::adj_address(var_vs, var_0, adj_vs, adj_0, adj_20);
        wp::adj_quat_rotate(var_16, var_19, adj_16, adj_17, adj_18);
        wp::adj_address(var_vs, var_0, adj_vs, adj_0, adj_17);
        wp::adj_mul(var_2, var_8, adj_2, adj_8, adj_16);
        // adj: v = wp.quat_rotate(q * r, vs[i]) + wp.quat_rotate_inv(a, vs[i])                   <L 10>
        wp::adj_quat_from_axis_angle(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_vec_t(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
        // adj: a = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.5)                          <L 9>
        // adj: s = wp.quat_identity()                                                            <L 8>
        wp::adj_quat_t(var_4, var_5, var_6, var_7, adj_4, adj_5, adj_6, adj_7, adj_8);
        // adj: r = wp.quat(0.0, 0.0, 0.0, 1.0)                                                   <L 7>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_qs, var_0, adj_qs, adj_0, adj_1);
        // adj: q = qs[i]                                                                         <L 6>
        // adj: i = wp.tid()                                                                      <L 5>
        // adj: def k(qs: wp.array(dtype=wp.quat), ts: wp.array(dtype=wp.transform), vs: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):  <L 4>
        continue;
    }
}

