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


// warpsynth/type_aliases_quat.py:9
static CUDA_CALLABLE wp::vec_t<3, wp::float32> apply_0(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // forward
    // def apply(t: transformf, p: wp.vec3) -> wp.vec3:                                       <L 10>
    // return wp.transform_point(t, p)                                                        <L 11>
    var_0 = wp::transform_point(var_t, var_p);
    return var_0;
}


// warpsynth/type_aliases_quat.py:9
static CUDA_CALLABLE void adj_apply_0(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<3, wp::float32> var_p,
    wp::transform_t<wp::float32> & adj_t,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    //---------
    // forward
    // def apply(t: transformf, p: wp.vec3) -> wp.vec3:                                       <L 10>
    // return wp.transform_point(t, p)                                                        <L 11>
    var_0 = wp::transform_point(var_t, var_p);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_transform_point(var_t, var_p, adj_t, adj_p, adj_0);
    // adj: return wp.transform_point(t, p)                                                   <L 11>
    // adj: def apply(t: transformf, p: wp.vec3) -> wp.vec3:                                  <L 10>
    return;
}



extern "C" __global__ void k_41f4fb6e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_ts,
    wp::array_t<wp::quat_t<wp::float64>> var_qs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::transform_t<wp::float64> var_td)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::quat_t<wp::float32> var_5;
        wp::transform_t<wp::float32> var_6;
        wp::float64 var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::quat_t<wp::float64> var_11;
        wp::quat_t<wp::float64> var_12;
        wp::quat_t<wp::float64> var_13;
        wp::transform_t<wp::float32>* var_14;
        const wp::float32 var_15 = 1.0;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::transform_t<wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // forward
        // def k(ts: wp.array(dtype=transformf), qs: wp.array(dtype=quatd), out: wp.array(dtype=wp.vec3), td: T):       <L 15>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // t = transformf(wp.vec3(1.0, 2.0, 3.0), wp.quat_identity())                             <L 17>
        var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
        var_5 = wp::quat_identity<wp::float32>();
        var_6 = wp::transform_t<wp::float32>(var_4, var_5);
        // ts[i] = t                                                                              <L 18>
        wp::array_store(var_ts, var_0, var_6);
        // q = quatd(wp.float64(0.0), wp.float64(0.0), wp.float64(0.0), wp.float64(1.0))          <L 19>
        var_7 = 0.0;
        var_8 = 0.0;
        var_9 = 0.0;
        var_10 = 1.0;
        var_11 = wp::quat_t<wp::float64>(var_7, var_8, var_9, var_10);
        // qs[i] = q * quatd()                                                                    <L 20>
        var_12 = wp::quat_t<wp::float64>();
        var_13 = wp::mul(var_11, var_12);
        wp::array_store(var_qs, var_0, var_13);
        // out[i] = apply(ts[i], wp.vec3(1.0)) + wp.transform_get_translation(t)                  <L 21>
        var_14 = wp::address(var_ts, var_0);
        var_16 = wp::vec_t<3, wp::float32>(var_15);
        var_18 = wp::load(var_14);
        var_17 = apply_0(var_18, var_16);
        var_19 = wp::transform_get_translation(var_6);
        var_20 = wp::add(var_17, var_19);
        wp::array_store(var_out, var_0, var_20);
    }
}



extern "C" __global__ void k_41f4fb6e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_ts,
    wp::array_t<wp::quat_t<wp::float64>> var_qs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::transform_t<wp::float64> var_td,
    wp::array_t<wp::transform_t<wp::float32>> adj_ts,
    wp::array_t<wp::quat_t<wp::float64>> adj_qs,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out,
    wp::transform_t<wp::float64> adj_td)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::quat_t<wp::float32> var_5;
        wp::transform_t<wp::float32> var_6;
        wp::float64 var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::quat_t<wp::float64> var_11;
        wp::quat_t<wp::float64> var_12;
        wp::quat_t<wp::float64> var_13;
        wp::transform_t<wp::float32>* var_14;
        const wp::float32 var_15 = 1.0;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::transform_t<wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::quat_t<wp::float32> adj_5 = {};
        wp::transform_t<wp::float32> adj_6 = {};
        wp::float64 adj_7 = {};
        wp::float64 adj_8 = {};
        wp::float64 adj_9 = {};
        wp::float64 adj_10 = {};
        wp::quat_t<wp::float64> adj_11 = {};
        wp::quat_t<wp::float64> adj_12 = {};
        wp::quat_t<wp::float64> adj_13 = {};
        wp::transform_t<wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::transform_t<wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        //---------
        // forward
        // def k(ts: wp.array(dtype=transformf), qs: wp.array(dtype=quatd), out: wp.array(dtype=wp.vec3), td: T):       <L 15>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // t = transformf(wp.vec3(1.0, 2.0, 3.0), wp.quat_identity())                             <L 17>
        var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
        var_5 = wp::quat_identity<wp::float32>();
        var_6 = wp::transform_t<wp::float32>(var_4, var_5);
        // ts[i] = t                                                                              <L 18>
        // wp::array_store(var_ts, var_0, var_6);
        // q = quatd(wp.float64(0.0), wp.float64(0.0), wp.float64(0.0), wp.float64(1.0))          <L 19>
        var_7 = 0.0;
        var_8 = 0.0;
        var_9 = 0.0;
        var_10 = 1.0;
        var_11 = wp::quat_t<wp::float64>(var_7, var_8, var_9, var_10);
        // qs[i] = q * quatd()                                                                    <L 20>
        var_12 = wp::quat_t<wp::float64>();
        var_13 = wp::mul(var_11, var_12);
        // wp::array_store(var_qs, var_0, var_13);
        // out[i] = apply(ts[i], wp.vec3(1.0)) + wp.transform_get_translation(t)                  <L 21>
        var_14 = wp::address(var_ts, var_0);
        var_16 = wp::vec_t<3, wp::float32>(var_15);
        var_18 = wp::load(var_14);
        var_17 = apply_0(var_18, var_16);
        var_19 = wp::transform_get_translation(var_6);
        var_20 = wp::add(var_17, var_19);
        // wp::array_store(var_out, var_0, var_20);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_20, adj_out, adj_0, adj_20);
        wp::adj_add(var_17, var_19, adj_17, adj_19, adj_20);
        wp::adj_transform_get_translation(var_6, adj_6, adj_19);
        adj_apply_0(var_18, var_16, adj_14, adj_16, adj_17);
        wp::adj_vec_t(var_15, adj_15, adj_16);
        wp::adj_address(var_ts, var_0, adj_ts, adj_0, adj_14);
        // adj: out[i] = apply(ts[i], wp.vec3(1.0)) + wp.transform_get_translation(t)             <L 21>
        wp::adj_array_store(var_qs, var_0, var_13, adj_qs, adj_0, adj_13);
        wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
        // adj: qs[i] = q * quatd()                                                               <L 20>
        wp::adj_quat_t(var_7, var_8, var_9, var_10, adj_7, adj_8, adj_9, adj_10, adj_11);
        // adj: q = quatd(wp.float64(0.0), wp.float64(0.0), wp.float64(0.0), wp.float64(1.0))     <L 19>
        wp::adj_array_store(var_ts, var_0, var_6, adj_ts, adj_0, adj_6);
        // adj: ts[i] = t                                                                         <L 18>
        wp::adj_transform_t(var_4, var_5, adj_4, adj_5, adj_6);
        wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
        // adj: t = transformf(wp.vec3(1.0, 2.0, 3.0), wp.quat_identity())                        <L 17>
        // adj: i = wp.tid()                                                                      <L 16>
        // adj: def k(ts: wp.array(dtype=transformf), qs: wp.array(dtype=quatd), out: wp.array(dtype=wp.vec3), td: T):  <L 15>
        continue;
    }
}

