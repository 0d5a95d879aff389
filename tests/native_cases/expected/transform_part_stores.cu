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



extern "C" __global__ void k_a26577f7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_xs,
    wp::array_t<wp::transform_t<wp::float64>> var_ds,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::transform_t<wp::float32>> var_out,
    wp::array_t<wp::transform_t<wp::float64>> var_outd)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::quat_t<wp::float32>* var_7;
        wp::quat_t<wp::float32> var_8;
        wp::quat_t<wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 1.0;
        const wp::float32 var_12 = 2.0;
        const wp::float32 var_13 = 3.0;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::quat_t<wp::float32> var_16;
        wp::quat_t<wp::float32>* var_17;
        wp::quat_t<wp::float32> var_18;
        wp::quat_t<wp::float32> var_19;
        wp::transform_t<wp::float64>* var_20;
        wp::transform_t<wp::float64> var_21;
        wp::transform_t<wp::float64> var_22;
        wp::float64 var_23;
        wp::float64 var_24;
        wp::float64 var_25;
        wp::vec_t<3, wp::float64> var_26;
        wp::vec_t<3, wp::float64> var_27;
        wp::vec_t<3, wp::float64> var_28;
        wp::float64 var_29;
        wp::vec_t<3, wp::float64> var_30;
        wp::vec_t<3, wp::float64> var_31;
        //---------
        // forward
        // def k(xs: wp.array(dtype=wp.transform), ds: wp.array(dtype=wp.transformd), v: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.transform), outd: wp.array(dtype=wp.transformd)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // xf = xs[i]                                                                             <L 7>
        var_1 = wp::address(var_xs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // xf.p = v[i]                                                                            <L 8>
        var_4 = wp::address(var_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        wp::transform_set_translation(var_2, var_5);
        // xf.q = wp.normalize(q[i])                                                              <L 9>
        var_7 = wp::address(var_q, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::normalize(var_9);
        wp::transform_set_rotation(var_2, var_8);
        // xf.p += wp.vec3(1.0, 2.0, 3.0)                                                         <L 10>
        var_10 = wp::transform_get_translation(var_2);
        var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
        var_15 = wp::add(var_10, var_14);
        wp::transform_set_translation(var_2, var_15);
        // xf.q -= q[i]                                                                           <L 11>
        var_16 = wp::transform_get_rotation(var_2);
        var_17 = wp::address(var_q, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::sub(var_16, var_19);
        wp::transform_set_rotation(var_2, var_18);
        // out[i] = xf                                                                            <L 12>
        wp::array_store(var_out, var_0, var_2);
        // d = ds[i]                                                                              <L 13>
        var_20 = wp::address(var_ds, var_0);
        var_22 = wp::load(var_20);
        var_21 = wp::copy(var_22);
        // d.p = wp.vec3d(wp.float64(1.0), wp.float64(2.0), wp.float64(0.5))                      <L 14>
        var_23 = 1.0;
        var_24 = 2.0;
        var_25 = 0.5;
        var_26 = wp::vec_t<3, wp::float64>(var_23, var_24, var_25);
        wp::transform_set_translation(var_21, var_26);
        // d.p -= d.p * wp.float64(0.5)                                                           <L 15>
        var_27 = wp::transform_get_translation(var_21);
        var_28 = wp::transform_get_translation(var_21);
        var_29 = 0.5;
        var_30 = wp::mul(var_28, var_29);
        var_31 = wp::sub(var_27, var_30);
        wp::transform_set_translation(var_21, var_31);
        // outd[i] = d                                                                            <L 16>
        wp::array_store(var_outd, var_0, var_21);
    }
}



extern "C" __global__ void k_a26577f7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_xs,
    wp::array_t<wp::transform_t<wp::float64>> var_ds,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::transform_t<wp::float32>> var_out,
    wp::array_t<wp::transform_t<wp::float64>> var_outd,
    wp::array_t<wp::transform_t<wp::float32>> adj_xs,
    wp::array_t<wp::transform_t<wp::float64>> adj_ds,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::quat_t<wp::float32>> adj_q,
    wp::array_t<wp::transform_t<wp::float32>> adj_out,
    wp::array_t<wp::transform_t<wp::float64>> adj_outd)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::quat_t<wp::float32>* var_7;
        wp::quat_t<wp::float32> var_8;
        wp::quat_t<wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 1.0;
        const wp::float32 var_12 = 2.0;
        const wp::float32 var_13 = 3.0;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::quat_t<wp::float32> var_16;
        wp::quat_t<wp::float32>* var_17;
        wp::quat_t<wp::float32> var_18;
        wp::quat_t<wp::float32> var_19;
        wp::transform_t<wp::float64>* var_20;
        wp::transform_t<wp::float64> var_21;
        wp::transform_t<wp::float64> var_22;
        wp::float64 var_23;
        wp::float64 var_24;
        wp::float64 var_25;
        wp::vec_t<3, wp::float64> var_26;
        wp::vec_t<3, wp::float64> var_27;
        wp::vec_t<3, wp::float64> var_28;
        wp::float64 var_29;
        wp::vec_t<3, wp::float64> var_30;
        wp::vec_t<3, wp::float64> var_31;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::quat_t<wp::float32> adj_7 = {};
        wp::quat_t<wp::float32> adj_8 = {};
        wp::quat_t<wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::quat_t<wp::float32> adj_16 = {};
        wp::quat_t<wp::float32> adj_17 = {};
        wp::quat_t<wp::float32> adj_18 = {};
        wp::quat_t<wp::float32> adj_19 = {};
        wp::transform_t<wp::float64> adj_20 = {};
        wp::transform_t<wp::float64> adj_21 = {};
        wp::transform_t<wp::float64> adj_22 = {};
        wp::float64 adj_23 = {};
        wp::float64 adj_24 = {};
        wp::float64 adj_25 = {};
        wp::vec_t<3, wp::float64> adj_26 = {};
        wp::vec_t<3, wp::float64> adj_27 = {};
        wp::vec_t<3, wp::float64> adj_28 = {};
        wp::float64 adj_29 = {};
        wp::vec_t<3, wp::float64> adj_30 = {};
        wp::vec_t<3, wp::float64> adj_31 = {};
        //---------
        // forward
        // def k(xs: wp.array(dtype=wp.transform), ds: wp.array(dtype=wp.transformd), v: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.transform), outd: wp.array(dtype=wp.transformd)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // xf = xs[i]                                                                             <L 7>
        var_1 = wp::address(var_xs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // xf.p = v[i]                                                                            <L 8>
        var_4 = wp::address(var_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        wp::transform_set_translation(var_2, var_5);
        // xf.q = wp.normalize(q[i])                                                              <L 9>
        var_7 = wp::address(var_q, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::normalize(var_9);
        wp::transform_set_rotation(var_2, var_8);
        // xf.p += wp.vec3(1.0, 2.0, 3.0)                                                         <L 10>
        var_10 = wp::transform_get_translation(var_2);
        var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
        var_15 = wp::add(var_10, var_14);
        wp::transform_set_translation(var_2, var_15);
        // xf.q -= q[i]                                                                           <L 11>
        var_16 = wp::transform_get_rotation(var_2);
        var_17 = wp::address(var_q, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::sub(var_16, var_19);
        wp::transform_set_rotation(var_2, var_18);
        // out[i] = xf                                                                            <L 12>
        // wp::array_store(var_out, var_0, var_2);
        // d = ds[i]                                                                              <L 13>
        var_20 = wp::address(var_ds, var_0);
        var_22 = wp::load(var_20);
        var_21 = wp::copy(var_22);
        // d.p = wp.vec3d(wp.float64(1.0), wp.float64(2.0), wp.float64(0.5))                      <L 14>
        var_23 = 1.0;
        var_24 = 2.0;
        var_25 = 0.5;
        var_26 = wp::vec_t<3, wp::float64>(var_23, var_24, var_25);
        wp::transform_set_translation(var_21, var_26);
        // d.p -= d.p * wp.float64(0.5)                                                           <L 15>
        var_27 = wp::transform_get_translation(var_21);
        var_28 = wp::transform_get_translation(var_21);
        var_29 = 0.5;
        var_30 = wp::mul(var_28, var_29);
        var_31 = wp::sub(var_27, var_30);
        wp::transform_set_translation(var_21, var_31);
        // outd[i] = d                                                                            <L 16>
        // wp::array_store(var_outd, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_outd, var_0, var_21, adj_outd, adj_0, adj_21);
        // adj: outd[i] = d                                                                       <L 16>
        wp::adj_transform_set_translation(var_21, var_31, adj_21, adj_31);
        wp::adj_sub(var_27, var_30, adj_27, adj_30, adj_31);
        wp::adj_mul(var_28, var_29, adj_28, adj_29, adj_30);
        wp::adj_transform_get_translation(var_21, adj_21, adj_28);
        wp::adj_transform_get_translation(var_21, adj_21, adj_27);
        // adj: d.p -= d.p * wp.float64(0.5)                                                      <L 15>
        wp::adj_transform_set_translation(var_21, var_26, adj_21, adj_26);
        wp::adj_vec_t(var_23, var_24, var_25, adj_23, adj_24, adj_25, adj_26);
        // adj: d.p = wp.vec3d(wp.float64(1.0), wp.float64(2.0), wp.float64(0.5))                 <L 14>
        wp::adj_copy(var_22, adj_20, adj_21);
        wp::adj_address(var_ds, var_0, adj_ds, adj_0, adj_20);
        // adj: d = ds[i]                                                                         <L 13>
        wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
        // adj: out[i] = xf                                                                       <L 12>
        wp::adj_transform_set_rotation(var_2, var_18, adj_2, adj_18);
        wp::adj_sub(var_16, var_19, adj_16, adj_17, adj_18);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_17);
        wp::adj_transform_get_rotation(var_2, adj_2, adj_16);
        // adj: xf.q -= q[i]                                                                      <L 11>
        wp::adj_transform_set_translation(var_2, var_15, adj_2, adj_15);
        wp::adj_add(var_10, var_14, adj_10, adj_14, adj_15);
        wp::adj_vec_t(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
        wp::adj_transform_get_translation(var_2, adj_2, adj_10);
        // adj: xf.p += wp.vec3(1.0, 2.0, 3.0)                                                    <L 10>
        wp::adj_transform_set_rotation(var_2, var_8, adj_2, adj_8);
        wp::adj_normalize(var_9, adj_7, adj_8);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_7);
        // adj: xf.q = wp.normalize(q[i])                                                         <L 9>
        wp::adj_transform_set_translation(var_2, var_5, adj_2, adj_5);
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
        // adj: xf.p = v[i]                                                                       <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_xs, var_0, adj_xs, adj_0, adj_1);
        // adj: xf = xs[i]                                                                        <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def k(xs: wp.array(dtype=wp.transform), ds: wp.array(dtype=wp.transformd), v: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.transform), outd: wp.array(dtype=wp.transformd)):  <L 5>
        continue;
    }
}

