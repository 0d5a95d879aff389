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


// warpsynth/transform_quat_components.py:4
static CUDA_CALLABLE wp::float32 pick_0(
    wp::transform_t<wp::float32> var_t,
    wp::int32 var_i)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::int32 var_1 = 6;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def pick(t: wp.transform, i: int):                                                     <L 5>
    // return t[i] + t[6]                                                                     <L 6>
    var_0 = wp::extract(var_t, var_i);
    var_2 = wp::extract(var_t, var_1);
    var_3 = wp::add(var_0, var_2);
    return var_3;
}


// warpsynth/transform_quat_components.py:4
static CUDA_CALLABLE void adj_pick_0(
    wp::transform_t<wp::float32> var_t,
    wp::int32 var_i,
    wp::transform_t<wp::float32> & adj_t,
    wp::int32 & adj_i,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::int32 var_1 = 6;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def pick(t: wp.transform, i: int):                                                     <L 5>
    // return t[i] + t[6]                                                                     <L 6>
    var_0 = wp::extract(var_t, var_i);
    var_2 = wp::extract(var_t, var_1);
    var_3 = wp::add(var_0, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_add(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_extract(var_t, var_1, adj_t, adj_1, adj_2);
    wp::adj_extract(var_t, var_i, adj_t, adj_i, adj_0);
    // adj: return t[i] + t[6]                                                                <L 6>
    // adj: def pick(t: wp.transform, i: int):                                                <L 5>
    return;
}



extern "C" __global__ void element_stores_513f441b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_xs,
    wp::array_t<wp::transform_t<wp::float64>> var_ys,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_f)
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
        wp::transform_t<wp::float32>* var_4;
        const wp::int32 var_5 = 1;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::transform_t<wp::float32>* var_9;
        const wp::int32 var_10 = 6;
        wp::float64 var_11;
        wp::transform_t<wp::float64>* var_12;
        const wp::int32 var_13 = 0;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::transform_t<wp::float32>* var_17;
        const wp::float32 var_18 = 0.0;
        const wp::float32 var_19 = 0.0;
        const wp::float32 var_20 = 0.0;
        const wp::float32 var_21 = 1.0;
        wp::quat_t<wp::float32> var_22;
        wp::transform_t<wp::float32>* var_23;
        //---------
        // forward
        // def element_stores(xs: wp.array(dtype=wp.transform), ys: wp.array(dtype=wp.transformd), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=float)):       <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // xs[i][1] = wp.sqrt(f[i])                                                               <L 43>
        var_1 = wp::address(var_f, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::sqrt(var_3);
        var_4 = &(wp::index(var_xs, var_0));
        wp::store(&(wp::index(var_xs, var_0).component_ref(var_5)), var_2);
        // xs[i][6] = f[i]                                                                        <L 44>
        var_6 = wp::address(var_f, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        var_9 = &(wp::index(var_xs, var_0));
        wp::store(&(wp::index(var_xs, var_0).component_ref(var_10)), var_7);
        // ys[i][0] = wp.float64(0.001)                                                           <L 45>
        var_11 = 0.001;
        var_12 = &(wp::index(var_ys, var_0));
        wp::store(&(wp::index(var_ys, var_0).component_ref(var_13)), var_11);
        // xs[i].p = v[i]                                                                         <L 46>
        var_14 = wp::address(var_v, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        var_17 = &(wp::index(var_xs, var_0));
        wp::store(&(wp::index(var_xs, var_0).p), var_15);
        // xs[i].q = wp.quat(0.0, 0.0, 0.0, 1.0)                                                  <L 47>
        var_22 = wp::quat_t<wp::float32>(var_18, var_19, var_20, var_21);
        var_23 = &(wp::index(var_xs, var_0));
        wp::store(&(wp::index(var_xs, var_0).q), var_22);
    }
}



extern "C" __global__ void element_stores_513f441b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_xs,
    wp::array_t<wp::transform_t<wp::float64>> var_ys,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_f,
    wp::array_t<wp::transform_t<wp::float32>> adj_xs,
    wp::array_t<wp::transform_t<wp::float64>> adj_ys,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::float32> adj_f)
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
        wp::transform_t<wp::float32>* var_4;
        const wp::int32 var_5 = 1;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::transform_t<wp::float32>* var_9;
        const wp::int32 var_10 = 6;
        wp::float64 var_11;
        wp::transform_t<wp::float64>* var_12;
        const wp::int32 var_13 = 0;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::transform_t<wp::float32>* var_17;
        const wp::float32 var_18 = 0.0;
        const wp::float32 var_19 = 0.0;
        const wp::float32 var_20 = 0.0;
        const wp::float32 var_21 = 1.0;
        wp::quat_t<wp::float32> var_22;
        wp::transform_t<wp::float32>* var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::transform_t<wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::transform_t<wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float64 adj_11 = {};
        wp::transform_t<wp::float64> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::transform_t<wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::quat_t<wp::float32> adj_22 = {};
        wp::transform_t<wp::float32> adj_23 = {};
        //---------
        // forward
        // def element_stores(xs: wp.array(dtype=wp.transform), ys: wp.array(dtype=wp.transformd), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=float)):       <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // xs[i][1] = wp.sqrt(f[i])                                                               <L 43>
        var_1 = wp::address(var_f, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::sqrt(var_3);
        var_4 = &(wp::index(var_xs, var_0));
        // wp::store(&(wp::index(var_xs, var_0).component_ref(var_5)), var_2);
        // xs[i][6] = f[i]                                                                        <L 44>
        var_6 = wp::address(var_f, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        var_9 = &(wp::index(var_xs, var_0));
        // wp::store(&(wp::index(var_xs, var_0).component_ref(var_10)), var_7);
        // ys[i][0] = wp.float64(0.001)                                                           <L 45>
        var_11 = 0.001;
        var_12 = &(wp::index(var_ys, var_0));
        // wp::store(&(wp::index(var_ys, var_0).component_ref(var_13)), var_11);
        // xs[i].p = v[i]                                                                         <L 46>
        var_14 = wp::address(var_v, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        var_17 = &(wp::index(var_xs, var_0));
        // wp::store(&(wp::index(var_xs, var_0).p), var_15);
        // xs[i].q = wp.quat(0.0, 0.0, 0.0, 1.0)                                                  <L 47>
        var_22 = wp::quat_t<wp::float32>(var_18, var_19, var_20, var_21);
        var_23 = &(wp::index(var_xs, var_0));
        // wp::store(&(wp::index(var_xs, var_0).q), var_22);
        //---------
        // reverse
        wp::adj_array_store_slot(var_xs, adj_xs, adj_22, [&](auto& _e) -> auto& { return _e.q; }, var_0);
        wp::adj_quat_t(var_18, var_19, var_20, var_21, adj_18, adj_19, adj_20, adj_21, adj_22);
        // adj: xs[i].q = wp.quat(0.0, 0.0, 0.0, 1.0)                                             <L 47>
        wp::adj_array_store_slot(var_xs, adj_xs, adj_15, [&](auto& _e) -> auto& { return _e.p; }, var_0);
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_14);
        // adj: xs[i].p = v[i]                                                                    <L 46>
        wp::adj_array_store_slot(var_ys, adj_ys, adj_11, [&](auto& _e) -> auto& { return _e.component_ref(var_13); }, var_0);
        // adj: ys[i][0] = wp.float64(0.001)                                                      <L 45>
        wp::adj_array_store_slot(var_xs, adj_xs, adj_7, [&](auto& _e) -> auto& { return _e.component_ref(var_10); }, var_0);
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_6);
        // adj: xs[i][6] = f[i]                                                                   <L 44>
        wp::adj_array_store_slot(var_xs, adj_xs, adj_2, [&](auto& _e) -> auto& { return _e.component_ref(var_5); }, var_0);
        wp::adj_sqrt(var_3, var_2, adj_1, adj_2);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
        // adj: xs[i][1] = wp.sqrt(f[i])                                                          <L 43>
        // adj: i = wp.tid()                                                                      <L 42>
        // adj: def element_stores(xs: wp.array(dtype=wp.transform), ys: wp.array(dtype=wp.transformd), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=float)):  <L 41>
        continue;
    }
}



extern "C" __global__ void local_stores_52e4e062_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_xs,
    wp::array_t<wp::quat_t<wp::float64>> var_qs,
    wp::array_t<wp::transform_t<wp::float32>> var_out,
    wp::array_t<wp::quat_t<wp::float64>> var_outq)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        const wp::float32 var_4 = 1.5;
        const wp::int32 var_5 = 2;
        wp::transform_t<wp::float32>* var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        wp::transform_t<wp::float32> var_9;
        const wp::int32 var_10 = 7;
        wp::int32 var_11;
        const wp::int32 var_12 = 4;
        const wp::float32 var_13 = 0.25;
        const wp::int32 var_14 = 5;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        wp::quat_t<wp::float64>* var_17;
        wp::quat_t<wp::float64> var_18;
        wp::quat_t<wp::float64> var_19;
        wp::float64 var_20;
        const wp::int32 var_21 = 1;
        const wp::int32 var_22 = 0;
        wp::float64 var_23;
        const wp::int32 var_24 = 3;
        const wp::int32 var_25 = 2;
        wp::float64 var_26;
        const wp::int32 var_27 = 2;
        wp::float64 var_28;
        const wp::int32 var_29 = 3;
        const wp::int32 var_30 = 3;
        bool var_31;
        const wp::int32 var_32 = 1;
        wp::float64 var_33;
        wp::float64 var_34;
        wp::float64 var_35;
        const wp::int32 var_36 = 0;
        const wp::int32 var_37 = 2;
        wp::float64 var_38;
        wp::float64 var_39;
        wp::float64 var_40;
        const wp::int32 var_41 = 2;
        const wp::int32 var_42 = 1;
        wp::float64 var_43;
        const wp::int32 var_44 = 0;
        wp::float64 var_45;
        wp::float64 var_46;
        const wp::int32 var_47 = 1;
        //---------
        // forward
        // def local_stores(xs: wp.array(dtype=wp.transform), qs: wp.array(dtype=wp.quatd), out: wp.array(dtype=wp.transform), outq: wp.array(dtype=wp.quatd)):       <L 21>
        // i = wp.tid()                                                                           <L 22>
        var_0 = builtin_tid1d();
        // xf = xs[i]                                                                             <L 23>
        var_1 = wp::address(var_xs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // xf[2] = 1.5                                                                            <L 24>
        wp::assign_inplace(var_2, var_5, var_4);
        // xf[i % 7] = xs[i][1]                                                                   <L 25>
        var_6 = wp::address(var_xs, var_0);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_11 = wp::mod(var_0, var_10);
        wp::assign_inplace(var_2, var_11, var_8);
        // xf[4] += 0.25                                                                          <L 26>
        wp::add_inplace(var_2, var_12, var_13);
        // xf[5] -= xf[0]                                                                         <L 27>
        var_16 = wp::extract(var_2, var_15);
        wp::sub_inplace(var_2, var_14, var_16);
        // q = qs[i]                                                                              <L 28>
        var_17 = wp::address(var_qs, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // q[1] = wp.float64(0.5)                                                                 <L 29>
        var_20 = 0.5;
        wp::assign_inplace(var_18, var_21, var_20);
        // q[0] += wp.float64(2.0)                                                                <L 30>
        var_23 = 2.0;
        wp::add_inplace(var_18, var_22, var_23);
        // q[3] -= q[2]                                                                           <L 31>
        var_26 = wp::extract(var_18, var_25);
        wp::sub_inplace(var_18, var_24, var_26);
        // q.w = q[2]                                                                             <L 32>
        var_28 = wp::extract(var_18, var_27);
        wp::assign_inplace(var_18, var_29, var_28);
        // q.x = q.y if i > 3 else wp.float64(3.0)                                                <L 33>
        var_31 = (var_0 > var_30);
        if (var_31) {
            var_33 = wp::extract(var_18, var_32);
        }
        if (!var_31) {
            var_34 = 3.0;
        }
        var_35 = wp::where(var_31, var_33, var_34);
        wp::assign_inplace(var_18, var_36, var_35);
        // q.z += wp.float64(1.0)                                                                 <L 34>
        var_38 = wp::extract(var_18, var_37);
        var_39 = 1.0;
        var_40 = wp::add(var_38, var_39);
        wp::assign_inplace(var_18, var_41, var_40);
        // q.y -= q.x                                                                             <L 35>
        var_43 = wp::extract(var_18, var_42);
        var_45 = wp::extract(var_18, var_44);
        var_46 = wp::sub(var_43, var_45);
        wp::assign_inplace(var_18, var_47, var_46);
        // out[i] = xf                                                                            <L 36>
        wp::array_store(var_out, var_0, var_2);
        // outq[i] = q                                                                            <L 37>
        wp::array_store(var_outq, var_0, var_18);
    }
}



extern "C" __global__ void local_stores_52e4e062_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_xs,
    wp::array_t<wp::quat_t<wp::float64>> var_qs,
    wp::array_t<wp::transform_t<wp::float32>> var_out,
    wp::array_t<wp::quat_t<wp::float64>> var_outq,
    wp::array_t<wp::transform_t<wp::float32>> adj_xs,
    wp::array_t<wp::quat_t<wp::float64>> adj_qs,
    wp::array_t<wp::transform_t<wp::float32>> adj_out,
    wp::array_t<wp::quat_t<wp::float64>> adj_outq)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        const wp::float32 var_4 = 1.5;
        const wp::int32 var_5 = 2;
        wp::transform_t<wp::float32>* var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        wp::transform_t<wp::float32> var_9;
        const wp::int32 var_10 = 7;
        wp::int32 var_11;
        const wp::int32 var_12 = 4;
        const wp::float32 var_13 = 0.25;
        const wp::int32 var_14 = 5;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        wp::quat_t<wp::float64>* var_17;
        wp::quat_t<wp::float64> var_18;
        wp::quat_t<wp::float64> var_19;
        wp::float64 var_20;
        const wp::int32 var_21 = 1;
        const wp::int32 var_22 = 0;
        wp::float64 var_23;
        const wp::int32 var_24 = 3;
        const wp::int32 var_25 = 2;
        wp::float64 var_26;
        const wp::int32 var_27 = 2;
        wp::float64 var_28;
        const wp::int32 var_29 = 3;
        const wp::int32 var_30 = 3;
        bool var_31;
        const wp::int32 var_32 = 1;
        wp::float64 var_33;
        wp::float64 var_34;
        wp::float64 var_35;
        const wp::int32 var_36 = 0;
        const wp::int32 var_37 = 2;
        wp::float64 var_38;
        wp::float64 var_39;
        wp::float64 var_40;
        const wp::int32 var_41 = 2;
        const wp::int32 var_42 = 1;
        wp::float64 var_43;
        const wp::int32 var_44 = 0;
        wp::float64 var_45;
        wp::float64 var_46;
        const wp::int32 var_47 = 1;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::transform_t<wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::transform_t<wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::quat_t<wp::float64> adj_17 = {};
        wp::quat_t<wp::float64> adj_18 = {};
        wp::quat_t<wp::float64> adj_19 = {};
        wp::float64 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float64 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float64 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float64 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        bool adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float64 adj_33 = {};
        wp::float64 adj_34 = {};
        wp::float64 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float64 adj_38 = {};
        wp::float64 adj_39 = {};
        wp::float64 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float64 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::float64 adj_45 = {};
        wp::float64 adj_46 = {};
        wp::int32 adj_47 = {};
        //---------
        // forward
        // def local_stores(xs: wp.array(dtype=wp.transform), qs: wp.array(dtype=wp.quatd), out: wp.array(dtype=wp.transform), outq: wp.array(dtype=wp.quatd)):       <L 21>
        // i = wp.tid()                                                                           <L 22>
        var_0 = builtin_tid1d();
        // xf = xs[i]                                                                             <L 23>
        var_1 = wp::address(var_xs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // xf[2] = 1.5                                                                            <L 24>
        wp::assign_inplace(var_2, var_5, var_4);
        // xf[i % 7] = xs[i][1]                                                                   <L 25>
        var_6 = wp::address(var_xs, var_0);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_11 = wp::mod(var_0, var_10);
        wp::assign_inplace(var_2, var_11, var_8);
        // xf[4] += 0.25                                                                          <L 26>
        wp::add_inplace(var_2, var_12, var_13);
        // xf[5] -= xf[0]                                                                         <L 27>
        var_16 = wp::extract(var_2, var_15);
        wp::sub_inplace(var_2, var_14, var_16);
        // q = qs[i]                                                                              <L 28>
        var_17 = wp::address(var_qs, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // q[1] = wp.float64(0.5)                                                                 <L 29>
        var_20 = 0.5;
        wp::assign_inplace(var_18, var_21, var_20);
        // q[0] += wp.float64(2.0)                                                                <L 30>
        var_23 = 2.0;
        wp::add_inplace(var_18, var_22, var_23);
        // q[3] -= q[2]                                                                           <L 31>
        var_26 = wp::extract(var_18, var_25);
        wp::sub_inplace(var_18, var_24, var_26);
        // q.w = q[2]                                                                             <L 32>
        var_28 = wp::extract(var_18, var_27);
        wp::assign_inplace(var_18, var_29, var_28);
        // q.x = q.y if i > 3 else wp.float64(3.0)                                                <L 33>
        var_31 = (var_0 > var_30);
        if (var_31) {
            var_33 = wp::extract(var_18, var_32);
        }
        if (!var_31) {
            var_34 = 3.0;
        }
        var_35 = wp::where(var_31, var_33, var_34);
        wp::assign_inplace(var_18, var_36, var_35);
        // q.z += wp.float64(1.0)                                                                 <L 34>
        var_38 = wp::extract(var_18, var_37);
        var_39 = 1.0;
        var_40 = wp::add(var_38, var_39);
        wp::assign_inplace(var_18, var_41, var_40);
        // q.y -= q.x                                                                             <L 35>
        var_43 = wp::extract(var_18, var_42);
        var_45 = wp::extract(var_18, var_44);
        var_46 = wp::sub(var_43, var_45);
        wp::assign_inplace(var_18, var_47, var_46);
        // out[i] = xf                                                                            <L 36>
        // wp::array_store(var_out, var_0, var_2);
        // outq[i] = q                                                                            <L 37>
        // wp::array_store(var_outq, var_0, var_18);
        //---------
        // reverse
        wp::adj_array_store(var_outq, var_0, var_18, adj_outq, adj_0, adj_18);
        // adj: outq[i] = q                                                                       <L 37>
        wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
        // adj: out[i] = xf                                                                       <L 36>
        wp::adj_assign_inplace(var_18, var_47, var_46, adj_18, adj_47, adj_46);
        wp::adj_sub(var_43, var_45, adj_43, adj_45, adj_46);
        wp::adj_extract(var_18, var_44, adj_18, adj_44, adj_45);
        wp::adj_extract(var_18, var_42, adj_18, adj_42, adj_43);
        // adj: q.y -= q.x                                                                        <L 35>
        wp::adj_assign_inplace(var_18, var_41, var_40, adj_18, adj_41, adj_40);
        wp::adj_add(var_38, var_39, adj_38, adj_39, adj_40);
        wp::adj_extract(var_18, var_37, adj_18, adj_37, adj_38);
        // adj: q.z += wp.float64(1.0)                                                            <L 34>
        wp::adj_assign_inplace(var_18, var_36, var_35, adj_18, adj_36, adj_35);
        wp::adj_where(var_31, var_33, var_34, adj_31, adj_33, adj_34, adj_35);
        if (!var_31) {
        }
        if (var_31) {
            wp::adj_extract(var_18, var_32, adj_18, adj_32, adj_33);
        }
        // adj: q.x = q.y if i > 3 else wp.float64(3.0)                                           <L 33>
        wp::adj_assign_inplace(var_18, var_29, var_28, adj_18, adj_29, adj_28);
        wp::adj_extract(var_18, var_27, adj_18, adj_27, adj_28);
        // adj: q.w = q[2]                                                                        <L 32>
        wp::adj_sub_inplace(var_18, var_24, var_26, adj_18, adj_24, adj_26);
        wp::adj_extract(var_18, var_25, adj_18, adj_25, adj_26);
        // adj: q[3] -= q[2]                                                                      <L 31>
        wp::adj_add_inplace(var_18, var_22, var_23, adj_18, adj_22, adj_23);
        // adj: q[0] += wp.float64(2.0)                                                           <L 30>
        wp::adj_assign_inplace(var_18, var_21, var_20, adj_18, adj_21, adj_20);
        // adj: q[1] = wp.float64(0.5)                                                            <L 29>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_qs, var_0, adj_qs, adj_0, adj_17);
        // adj: q = qs[i]                                                                         <L 28>
        wp::adj_sub_inplace(var_2, var_14, var_16, adj_2, adj_14, adj_16);
        wp::adj_extract(var_2, var_15, adj_2, adj_15, adj_16);
        // adj: xf[5] -= xf[0]                                                                    <L 27>
        wp::adj_add_inplace(var_2, var_12, var_13, adj_2, adj_12, adj_13);
        // adj: xf[4] += 0.25                                                                     <L 26>
        wp::adj_assign_inplace(var_2, var_11, var_8, adj_2, adj_11, adj_8);
        wp::adj_mod(var_0, var_10, adj_0, adj_10, adj_11);
        wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
        wp::adj_address(var_xs, var_0, adj_xs, adj_0, adj_6);
        // adj: xf[i % 7] = xs[i][1]                                                              <L 25>
        wp::adj_assign_inplace(var_2, var_5, var_4, adj_2, adj_5, adj_4);
        // adj: xf[2] = 1.5                                                                       <L 24>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_xs, var_0, adj_xs, adj_0, adj_1);
        // adj: xf = xs[i]                                                                        <L 23>
        // adj: i = wp.tid()                                                                      <L 22>
        // adj: def local_stores(xs: wp.array(dtype=wp.transform), qs: wp.array(dtype=wp.quatd), out: wp.array(dtype=wp.transform), outq: wp.array(dtype=wp.quatd)):  <L 21>
        continue;
    }
}



extern "C" __global__ void reads_8adaaaf9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_xs,
    wp::array_t<wp::transform_t<wp::float64>> var_ys,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float64> var_outd)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::transform_t<wp::float32>* var_6;
        const wp::int32 var_7 = 3;
        wp::float32 var_8;
        wp::transform_t<wp::float32> var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::transform_t<wp::float64>* var_12;
        const wp::int32 var_13 = 5;
        wp::float64 var_14;
        wp::transform_t<wp::float64> var_15;
        wp::float64 var_16;
        wp::float64 var_17;
        const wp::int32 var_18 = 7;
        wp::int32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        //---------
        // forward
        // def reads(xs: wp.array(dtype=wp.transform), ys: wp.array2d(dtype=wp.transformd), out: wp.array(dtype=float), outd: wp.array(dtype=wp.float64)):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // xf = xs[i]                                                                             <L 12>
        var_1 = wp::address(var_xs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = xf[0] + xs[i][3]                                                                   <L 13>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_xs, var_0);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_10 = wp::add(var_5, var_8);
        // b = ys[i, 0][5] * wp.float64(2.0)                                                      <L 14>
        var_12 = wp::address(var_ys, var_0, var_11);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        var_16 = 2.0;
        var_17 = wp::mul(var_14, var_16);
        // c = pick(xf, i % 7)                                                                    <L 15>
        var_19 = wp::mod(var_0, var_18);
        var_20 = pick_0(var_2, var_19);
        // out[i] = a + c                                                                         <L 16>
        var_21 = wp::add(var_10, var_20);
        wp::array_store(var_out, var_0, var_21);
        // outd[i] = b                                                                            <L 17>
        wp::array_store(var_outd, var_0, var_17);
    }
}



extern "C" __global__ void reads_8adaaaf9_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_xs,
    wp::array_t<wp::transform_t<wp::float64>> var_ys,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float64> var_outd,
    wp::array_t<wp::transform_t<wp::float32>> adj_xs,
    wp::array_t<wp::transform_t<wp::float64>> adj_ys,
    wp::array_t<wp::float32> adj_out,
    wp::array_t<wp::float64> adj_outd)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::transform_t<wp::float32>* var_6;
        const wp::int32 var_7 = 3;
        wp::float32 var_8;
        wp::transform_t<wp::float32> var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::transform_t<wp::float64>* var_12;
        const wp::int32 var_13 = 5;
        wp::float64 var_14;
        wp::transform_t<wp::float64> var_15;
        wp::float64 var_16;
        wp::float64 var_17;
        const wp::int32 var_18 = 7;
        wp::int32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::transform_t<wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::transform_t<wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::transform_t<wp::float64> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float64 adj_14 = {};
        wp::transform_t<wp::float64> adj_15 = {};
        wp::float64 adj_16 = {};
        wp::float64 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        //---------
        // forward
        // def reads(xs: wp.array(dtype=wp.transform), ys: wp.array2d(dtype=wp.transformd), out: wp.array(dtype=float), outd: wp.array(dtype=wp.float64)):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // xf = xs[i]                                                                             <L 12>
        var_1 = wp::address(var_xs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = xf[0] + xs[i][3]                                                                   <L 13>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_xs, var_0);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_10 = wp::add(var_5, var_8);
        // b = ys[i, 0][5] * wp.float64(2.0)                                                      <L 14>
        var_12 = wp::address(var_ys, var_0, var_11);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        var_16 = 2.0;
        var_17 = wp::mul(var_14, var_16);
        // c = pick(xf, i % 7)                                                                    <L 15>
        var_19 = wp::mod(var_0, var_18);
        var_20 = pick_0(var_2, var_19);
        // out[i] = a + c                                                                         <L 16>
        var_21 = wp::add(var_10, var_20);
        // wp::array_store(var_out, var_0, var_21);
        // outd[i] = b                                                                            <L 17>
        // wp::array_store(var_outd, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_outd, var_0, var_17, adj_outd, adj_0, adj_17);
        // adj: outd[i] = b                                                                       <L 17>
        wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
        wp::adj_add(var_10, var_20, adj_10, adj_20, adj_21);
        // adj: out[i] = a + c                                                                    <L 16>
        adj_pick_0(var_2, var_19, adj_2, adj_19, adj_20);
        wp::adj_mod(var_0, var_18, adj_0, adj_18, adj_19);
        // adj: c = pick(xf, i % 7)                                                               <L 15>
        wp::adj_mul(var_14, var_16, adj_14, adj_16, adj_17);
        wp::adj_extract(var_15, var_13, adj_12, adj_13, adj_14);
        wp::adj_address(var_ys, var_0, var_11, adj_ys, adj_0, adj_11, adj_12);
        // adj: b = ys[i, 0][5] * wp.float64(2.0)                                                 <L 14>
        wp::adj_add(var_5, var_8, adj_5, adj_8, adj_10);
        wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
        wp::adj_address(var_xs, var_0, adj_xs, adj_0, adj_6);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: a = xf[0] + xs[i][3]                                                              <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_xs, var_0, adj_xs, adj_0, adj_1);
        // adj: xf = xs[i]                                                                        <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def reads(xs: wp.array(dtype=wp.transform), ys: wp.array2d(dtype=wp.transformd), out: wp.array(dtype=float), outd: wp.array(dtype=wp.float64)):  <L 10>
        continue;
    }
}

