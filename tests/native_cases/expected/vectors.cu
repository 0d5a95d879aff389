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


// warpsynth/vectors.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> project_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // forward
    // def project(v: wp.vec3, n: wp.vec3):                                                   <L 5>
    // return v - n * wp.dot(v, n)                                                            <L 6>
    var_0 = wp::dot(var_v, var_n);
    var_1 = wp::mul(var_n, var_0);
    var_2 = wp::sub(var_v, var_1);
    return var_2;
}


// warpsynth/vectors.py:4
static CUDA_CALLABLE void adj_project_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    //---------
    // forward
    // def project(v: wp.vec3, n: wp.vec3):                                                   <L 5>
    // return v - n * wp.dot(v, n)                                                            <L 6>
    var_0 = wp::dot(var_v, var_n);
    var_1 = wp::mul(var_n, var_0);
    var_2 = wp::sub(var_v, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_sub(var_v, var_1, adj_v, adj_1, adj_2);
    wp::adj_mul(var_n, var_0, adj_n, adj_0, adj_1);
    wp::adj_dot(var_v, var_n, adj_v, adj_n, adj_0);
    // adj: return v - n * wp.dot(v, n)                                                       <L 6>
    // adj: def project(v: wp.vec3, n: wp.vec3):                                              <L 5>
    return;
}



extern "C" __global__ void vecs_bf487459_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_p,
    wp::array_t<wp::vec_t<2, wp::float32>> var_q,
    wp::array_t<wp::vec_t<4, wp::float32>> var_r,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 0.0;
        const wp::float32 var_5 = 1.0;
        const wp::float32 var_6 = 0.0;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::float32 var_10 = 2.0;
        wp::vec_t<3, wp::float32> var_11;
        const wp::float32 var_12 = 0.5;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::float32 var_15 = 3.0;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<2, wp::float32>* var_18;
        wp::vec_t<2, wp::float32> var_19;
        wp::vec_t<2, wp::float32> var_20;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32>* var_26;
        const wp::int32 var_27 = 2;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32>* var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::vec_t<4, wp::float32>* var_38;
        wp::vec_t<4, wp::float32> var_39;
        wp::vec_t<4, wp::float32> var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::int32 var_44 = 3;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        const wp::int32 var_48 = 1;
        const wp::int32 var_49 = 2;
        wp::vec_t<2, wp::int32> var_50;
        wp::float32 var_51;
        const wp::int32 var_52 = 0;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 0;
        wp::int32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        //---------
        // forward
        // def vecs(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.vec2), r: wp.array(dtype=wp.vec4), out: wp.array(dtype=float)):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // v = p[i]                                                                               <L 12>
        var_1 = wp::address(var_p, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = wp.normalize(wp.vec3(0.0, 1.0, 0.0))                                               <L 13>
        var_7 = wp::vec_t<3, wp::float32>(var_4, var_5, var_6);
        var_8 = wp::normalize(var_7);
        // w = project(v, n) * 2.0 + 0.5 * v - v / 3.0                                            <L 14>
        var_9 = project_0(var_2, var_8);
        var_11 = wp::mul(var_9, var_10);
        var_13 = wp::mul(var_12, var_2);
        var_14 = wp::add(var_11, var_13);
        var_16 = wp::div(var_2, var_15);
        var_17 = wp::sub(var_14, var_16);
        // u = q[i]                                                                               <L 15>
        var_18 = wp::address(var_q, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // s = u[0] + u.y + p[i].z + p[i][1] + wp.length_sq(u)                                    <L 16>
        var_22 = wp::extract(var_19, var_21);
        var_24 = wp::extract(var_19, var_23);
        var_25 = wp::add(var_22, var_24);
        var_26 = wp::address(var_p, var_0);
        var_29 = wp::load(var_26);
        var_28 = wp::extract(var_29, var_27);
        var_30 = wp::add(var_25, var_28);
        var_31 = wp::address(var_p, var_0);
        var_34 = wp::load(var_31);
        var_33 = wp::extract(var_34, var_32);
        var_35 = wp::add(var_30, var_33);
        var_36 = wp::length_sq(var_19);
        var_37 = wp::add(var_35, var_36);
        // t = r[i]                                                                               <L 17>
        var_38 = wp::address(var_r, var_0);
        var_40 = wp::load(var_38);
        var_39 = wp::copy(var_40);
        // d = wp.dot(t, t) + wp.length(w) + t.w                                                  <L 18>
        var_41 = wp::dot(var_39, var_39);
        var_42 = wp::length(var_17);
        var_43 = wp::add(var_41, var_42);
        var_45 = wp::extract(var_39, var_44);
        var_46 = wp::add(var_43, var_45);
        // m = wp.max(w, v)                                                                       <L 19>
        var_47 = wp::max(var_17, var_2);
        // k = wp.vec2i(1, 2)                                                                     <L 20>
        var_50 = wp::vec_t<2, wp::int32>(var_48, var_49);
        // out[i] = s + d + m.x + float(k[0]) + wp.length(wp.cross(w, -v))                        <L 21>
        var_51 = wp::add(var_37, var_46);
        var_53 = wp::extract(var_47, var_52);
        var_54 = wp::add(var_51, var_53);
        var_56 = wp::extract(var_50, var_55);
        var_57 = wp::float(var_56);
        var_58 = wp::add(var_54, var_57);
        var_59 = wp::neg(var_2);
        var_60 = wp::cross(var_17, var_59);
        var_61 = wp::length(var_60);
        var_62 = wp::add(var_58, var_61);
        wp::array_store(var_out, var_0, var_62);
    }
}



extern "C" __global__ void vecs_bf487459_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_p,
    wp::array_t<wp::vec_t<2, wp::float32>> var_q,
    wp::array_t<wp::vec_t<4, wp::float32>> var_r,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_q,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_r,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 0.0;
        const wp::float32 var_5 = 1.0;
        const wp::float32 var_6 = 0.0;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::float32 var_10 = 2.0;
        wp::vec_t<3, wp::float32> var_11;
        const wp::float32 var_12 = 0.5;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::float32 var_15 = 3.0;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<2, wp::float32>* var_18;
        wp::vec_t<2, wp::float32> var_19;
        wp::vec_t<2, wp::float32> var_20;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32>* var_26;
        const wp::int32 var_27 = 2;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32>* var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::vec_t<4, wp::float32>* var_38;
        wp::vec_t<4, wp::float32> var_39;
        wp::vec_t<4, wp::float32> var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::int32 var_44 = 3;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        const wp::int32 var_48 = 1;
        const wp::int32 var_49 = 2;
        wp::vec_t<2, wp::int32> var_50;
        wp::float32 var_51;
        const wp::int32 var_52 = 0;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 0;
        wp::int32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::vec_t<2, wp::float32> adj_19 = {};
        wp::vec_t<2, wp::float32> adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<4, wp::float32> adj_38 = {};
        wp::vec_t<4, wp::float32> adj_39 = {};
        wp::vec_t<4, wp::float32> adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::vec_t<2, wp::int32> adj_50 = {};
        wp::float32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        //---------
        // forward
        // def vecs(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.vec2), r: wp.array(dtype=wp.vec4), out: wp.array(dtype=float)):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // v = p[i]                                                                               <L 12>
        var_1 = wp::address(var_p, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = wp.normalize(wp.vec3(0.0, 1.0, 0.0))                                               <L 13>
        var_7 = wp::vec_t<3, wp::float32>(var_4, var_5, var_6);
        var_8 = wp::normalize(var_7);
        // w = project(v, n) * 2.0 + 0.5 * v - v / 3.0                                            <L 14>
        var_9 = project_0(var_2, var_8);
        var_11 = wp::mul(var_9, var_10);
        var_13 = wp::mul(var_12, var_2);
        var_14 = wp::add(var_11, var_13);
        var_16 = wp::div(var_2, var_15);
        var_17 = wp::sub(var_14, var_16);
        // u = q[i]                                                                               <L 15>
        var_18 = wp::address(var_q, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // s = u[0] + u.y + p[i].z + p[i][1] + wp.length_sq(u)                                    <L 16>
        var_22 = wp::extract(var_19, var_21);
        var_24 = wp::extract(var_19, var_23);
        var_25 = wp::add(var_22, var_24);
        var_26 = wp::address(var_p, var_0);
        var_29 = wp::load(var_26);
        var_28 = wp::extract(var_29, var_27);
        var_30 = wp::add(var_25, var_28);
        var_31 = wp::address(var_p, var_0);
        var_34 = wp::load(var_31);
        var_33 = wp::extract(var_34, var_32);
        var_35 = wp::add(var_30, var_33);
        var_36 = wp::length_sq(var_19);
        var_37 = wp::add(var_35, var_36);
        // t = r[i]                                                                               <L 17>
        var_38 = wp::address(var_r, var_0);
        var_40 = wp::load(var_38);
        var_39 = wp::copy(var_40);
        // d = wp.dot(t, t) + wp.length(w) + t.w                                                  <L 18>
        var_41 = wp::dot(var_39, var_39);
        var_42 = wp::length(var_17);
        var_43 = wp::add(var_41, var_42);
        var_45 = wp::extract(var_39, var_44);
        var_46 = wp::add(var_43, var_45);
        // m = wp.max(w, v)                                                                       <L 19>
        var_47 = wp::max(var_17, var_2);
        // k = wp.vec2i(1, 2)                                                                     <L 20>
        var_50 = wp::vec_t<2, wp::int32>(var_48, var_49);
        // out[i] = s + d + m.x + float(k[0]) + wp.length(wp.cross(w, -v))                        <L 21>
        var_51 = wp::add(var_37, var_46);
        var_53 = wp::extract(var_47, var_52);
        var_54 = wp::add(var_51, var_53);
        var_56 = wp::extract(var_50, var_55);
        var_57 = wp::float(var_56);
        var_58 = wp::add(var_54, var_57);
        var_59 = wp::neg(var_2);
        var_60 = wp::cross(var_17, var_59);
        var_61 = wp::length(var_60);
        var_62 = wp::add(var_58, var_61);
        // wp::array_store(var_out, var_0, var_62);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_62, adj_out, adj_0, adj_62);
        wp::adj_add(var_58, var_61, adj_58, adj_61, adj_62);
        wp::adj_length(var_60, var_61, adj_60, adj_61);
        wp::adj_cross(var_17, var_59, adj_17, adj_59, adj_60);
        wp::adj_neg(var_2, adj_2, adj_59);
        wp::adj_add(var_54, var_57, adj_54, adj_57, adj_58);
        wp::adj_float(var_56, adj_56, adj_57);
        wp::adj_extract(var_50, var_55, adj_50, adj_55, adj_56);
        wp::adj_add(var_51, var_53, adj_51, adj_53, adj_54);
        wp::adj_extract(var_47, var_52, adj_47, adj_52, adj_53);
        wp::adj_add(var_37, var_46, adj_37, adj_46, adj_51);
        // adj: out[i] = s + d + m.x + float(k[0]) + wp.length(wp.cross(w, -v))                   <L 21>
        wp::adj_vec_t(var_48, var_49, adj_48, adj_49, adj_50);
        // adj: k = wp.vec2i(1, 2)                                                                <L 20>
        wp::adj_max(var_17, var_2, adj_17, adj_2, adj_47);
        // adj: m = wp.max(w, v)                                                                  <L 19>
        wp::adj_add(var_43, var_45, adj_43, adj_45, adj_46);
        wp::adj_extract(var_39, var_44, adj_39, adj_44, adj_45);
        wp::adj_add(var_41, var_42, adj_41, adj_42, adj_43);
        wp::adj_length(var_17, var_42, adj_17, adj_42);
        wp::adj_dot(var_39, var_39, adj_39, adj_39, adj_41);
        // adj: d = wp.dot(t, t) + wp.length(w) + t.w                                             <L 18>
        wp::adj_copy(var_40, adj_38, adj_39);
        wp::adj_address(var_r, var_0, adj_r, adj_0, adj_38);
        // adj: t = r[i]                                                                          <L 17>
        wp::adj_add(var_35, var_36, adj_35, adj_36, adj_37);
        wp::adj_length_sq(var_19, adj_19, adj_36);
        wp::adj_add(var_30, var_33, adj_30, adj_33, adj_35);
        wp::adj_extract(var_34, var_32, adj_31, adj_32, adj_33);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_31);
        wp::adj_add(var_25, var_28, adj_25, adj_28, adj_30);
        wp::adj_extract(var_29, var_27, adj_26, adj_27, adj_28);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_26);
        wp::adj_add(var_22, var_24, adj_22, adj_24, adj_25);
        wp::adj_extract(var_19, var_23, adj_19, adj_23, adj_24);
        wp::adj_extract(var_19, var_21, adj_19, adj_21, adj_22);
        // adj: s = u[0] + u.y + p[i].z + p[i][1] + wp.length_sq(u)                               <L 16>
        wp::adj_copy(var_20, adj_18, adj_19);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_18);
        // adj: u = q[i]                                                                          <L 15>
        wp::adj_sub(var_14, var_16, adj_14, adj_16, adj_17);
        wp::adj_div(var_2, var_15, adj_2, adj_15, adj_16);
        wp::adj_add(var_11, var_13, adj_11, adj_13, adj_14);
        wp::adj_mul(var_12, var_2, adj_12, adj_2, adj_13);
        wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_11);
        adj_project_0(var_2, var_8, adj_2, adj_8, adj_9);
        // adj: w = project(v, n) * 2.0 + 0.5 * v - v / 3.0                                       <L 14>
        wp::adj_normalize(var_7, var_8, adj_7, adj_8);
        wp::adj_vec_t(var_4, var_5, var_6, adj_4, adj_5, adj_6, adj_7);
        // adj: n = wp.normalize(wp.vec3(0.0, 1.0, 0.0))                                          <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_1);
        // adj: v = p[i]                                                                          <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def vecs(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.vec2), r: wp.array(dtype=wp.vec4), out: wp.array(dtype=float)):  <L 10>
        continue;
    }
}

