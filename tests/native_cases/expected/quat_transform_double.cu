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



extern "C" __global__ void k_8924cc9d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float64>> var_out,
    wp::array_t<wp::transform_t<wp::float32>> var_o2)
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
        const wp::float32 var_1 = 4.7;
        const wp::float32 var_2 = 9.27;
        const wp::float32 var_3 = -8.91;
        const wp::float32 var_4 = 1.0;
        wp::quat_t<wp::float64> var_5;
        const wp::float64 var_6 = 4.7;
        const wp::float64 var_7 = 9.27;
        const wp::float64 var_8 = -8.91;
        const wp::float64 var_9 = 1.0;
        const wp::float32 var_10 = 8.3;
        const wp::float32 var_11 = 9.6;
        const wp::float32 var_12 = 100.0;
        wp::vec_t<3, wp::float64> var_13;
        const wp::float64 var_14 = 8.3;
        const wp::float64 var_15 = 9.6;
        const wp::float64 var_16 = 100.0;
        const wp::float32 var_17 = 0.0;
        const wp::float32 var_18 = 0.25;
        const wp::float32 var_19 = 0.001;
        const wp::float32 var_20 = -10.0;
        wp::quat_t<wp::float64> var_21;
        const wp::float64 var_22 = 0.0;
        const wp::float64 var_23 = 0.25;
        const wp::float64 var_24 = 0.001;
        const wp::float64 var_25 = -10.0;
        wp::transform_t<wp::float64> var_26;
        wp::transform_t<wp::float64> var_27;
        wp::transform_t<wp::float64> var_28;
        const wp::float32 var_29 = 1.0;
        const wp::float32 var_30 = 2.0;
        const wp::float32 var_31 = 3.0;
        wp::vec_t<3, wp::float32> var_32;
        const wp::float32 var_33 = 0.0;
        const wp::float32 var_34 = 0.0;
        const wp::float32 var_35 = 0.0;
        const wp::float32 var_36 = 1.0;
        wp::quat_t<wp::float32> var_37;
        wp::transform_t<wp::float32> var_38;
        wp::transform_t<wp::float32> var_39;
        //---------
        // forward
        // def k(out: wp.array(dtype=wp.transformd), o2: wp.array(dtype=wp.transform)):           <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // q = wp.quatd(4.7, 9.27, -8.91, 1.0)                                                    <L 6>
        var_5 = wp::quat_t<wp::float64>(var_6, var_7, var_8, var_9);
        // t = wp.transformd(wp.vec3d(8.3, 9.6, 100.0), wp.quatd(0.0, 0.25, 0.001, -10.0))        <L 7>
        var_13 = wp::vec_t<3, wp::float64>(var_14, var_15, var_16);
        var_21 = wp::quat_t<wp::float64>(var_22, var_23, var_24, var_25);
        var_26 = wp::transform_t<wp::float64>(var_13, var_21);
        // out[i] = t + t - t                                                                     <L 8>
        var_27 = wp::add(var_26, var_26);
        var_28 = wp::sub(var_27, var_26);
        wp::array_store(var_out, var_0, var_28);
        // u = wp.transform(wp.vec3(1.0, 2.0, 3.0), wp.quat(0.0, 0.0, 0.0, 1.0))                  <L 9>
        var_32 = wp::vec_t<3, wp::float32>(var_29, var_30, var_31);
        var_37 = wp::quat_t<wp::float32>(var_33, var_34, var_35, var_36);
        var_38 = wp::transform_t<wp::float32>(var_32, var_37);
        // o2[i] = u - u                                                                          <L 10>
        var_39 = wp::sub(var_38, var_38);
        wp::array_store(var_o2, var_0, var_39);
    }
}



extern "C" __global__ void k_8924cc9d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float64>> var_out,
    wp::array_t<wp::transform_t<wp::float32>> var_o2,
    wp::array_t<wp::transform_t<wp::float64>> adj_out,
    wp::array_t<wp::transform_t<wp::float32>> adj_o2)
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
        const wp::float32 var_1 = 4.7;
        const wp::float32 var_2 = 9.27;
        const wp::float32 var_3 = -8.91;
        const wp::float32 var_4 = 1.0;
        wp::quat_t<wp::float64> var_5;
        const wp::float64 var_6 = 4.7;
        const wp::float64 var_7 = 9.27;
        const wp::float64 var_8 = -8.91;
        const wp::float64 var_9 = 1.0;
        const wp::float32 var_10 = 8.3;
        const wp::float32 var_11 = 9.6;
        const wp::float32 var_12 = 100.0;
        wp::vec_t<3, wp::float64> var_13;
        const wp::float64 var_14 = 8.3;
        const wp::float64 var_15 = 9.6;
        const wp::float64 var_16 = 100.0;
        const wp::float32 var_17 = 0.0;
        const wp::float32 var_18 = 0.25;
        const wp::float32 var_19 = 0.001;
        const wp::float32 var_20 = -10.0;
        wp::quat_t<wp::float64> var_21;
        const wp::float64 var_22 = 0.0;
        const wp::float64 var_23 = 0.25;
        const wp::float64 var_24 = 0.001;
        const wp::float64 var_25 = -10.0;
        wp::transform_t<wp::float64> var_26;
        wp::transform_t<wp::float64> var_27;
        wp::transform_t<wp::float64> var_28;
        const wp::float32 var_29 = 1.0;
        const wp::float32 var_30 = 2.0;
        const wp::float32 var_31 = 3.0;
        wp::vec_t<3, wp::float32> var_32;
        const wp::float32 var_33 = 0.0;
        const wp::float32 var_34 = 0.0;
        const wp::float32 var_35 = 0.0;
        const wp::float32 var_36 = 1.0;
        wp::quat_t<wp::float32> var_37;
        wp::transform_t<wp::float32> var_38;
        wp::transform_t<wp::float32> var_39;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::quat_t<wp::float64> adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::float64 adj_8 = {};
        wp::float64 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float64> adj_13 = {};
        wp::float64 adj_14 = {};
        wp::float64 adj_15 = {};
        wp::float64 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::quat_t<wp::float64> adj_21 = {};
        wp::float64 adj_22 = {};
        wp::float64 adj_23 = {};
        wp::float64 adj_24 = {};
        wp::float64 adj_25 = {};
        wp::transform_t<wp::float64> adj_26 = {};
        wp::transform_t<wp::float64> adj_27 = {};
        wp::transform_t<wp::float64> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::quat_t<wp::float32> adj_37 = {};
        wp::transform_t<wp::float32> adj_38 = {};
        wp::transform_t<wp::float32> adj_39 = {};
        //---------
        // forward
        // def k(out: wp.array(dtype=wp.transformd), o2: wp.array(dtype=wp.transform)):           <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // q = wp.quatd(4.7, 9.27, -8.91, 1.0)                                                    <L 6>
        var_5 = wp::quat_t<wp::float64>(var_6, var_7, var_8, var_9);
        // t = wp.transformd(wp.vec3d(8.3, 9.6, 100.0), wp.quatd(0.0, 0.25, 0.001, -10.0))        <L 7>
        var_13 = wp::vec_t<3, wp::float64>(var_14, var_15, var_16);
        var_21 = wp::quat_t<wp::float64>(var_22, var_23, var_24, var_25);
        var_26 = wp::transform_t<wp::float64>(var_13, var_21);
        // out[i] = t + t - t                                                                     <L 8>
        var_27 = wp::add(var_26, var_26);
        var_28 = wp::sub(var_27, var_26);
        // wp::array_store(var_out, var_0, var_28);
        // u = wp.transform(wp.vec3(1.0, 2.0, 3.0), wp.quat(0.0, 0.0, 0.0, 1.0))                  <L 9>
        var_32 = wp::vec_t<3, wp::float32>(var_29, var_30, var_31);
        var_37 = wp::quat_t<wp::float32>(var_33, var_34, var_35, var_36);
        var_38 = wp::transform_t<wp::float32>(var_32, var_37);
        // o2[i] = u - u                                                                          <L 10>
        var_39 = wp::sub(var_38, var_38);
        // wp::array_store(var_o2, var_0, var_39);
        //---------
        // reverse
        wp::adj_array_store(var_o2, var_0, var_39, adj_o2, adj_0, adj_39);
        wp::adj_sub(var_38, var_38, adj_38, adj_38, adj_39);
        // adj: o2[i] = u - u                                                                     <L 10>
        wp::adj_transform_t(var_32, var_37, adj_32, adj_37, adj_38);
        wp::adj_quat_t(var_33, var_34, var_35, var_36, adj_33, adj_34, adj_35, adj_36, adj_37);
        wp::adj_vec_t(var_29, var_30, var_31, adj_29, adj_30, adj_31, adj_32);
        // adj: u = wp.transform(wp.vec3(1.0, 2.0, 3.0), wp.quat(0.0, 0.0, 0.0, 1.0))             <L 9>
        wp::adj_array_store(var_out, var_0, var_28, adj_out, adj_0, adj_28);
        wp::adj_sub(var_27, var_26, adj_27, adj_26, adj_28);
        wp::adj_add(var_26, var_26, adj_26, adj_26, adj_27);
        // adj: out[i] = t + t - t                                                                <L 8>
        wp::adj_transform_t(var_13, var_21, adj_13, adj_21, adj_26);
        wp::adj_quat_t(var_22, var_23, var_24, var_25, adj_22, adj_23, adj_24, adj_25, adj_21);
        wp::adj_vec_t(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_13);
        // adj: t = wp.transformd(wp.vec3d(8.3, 9.6, 100.0), wp.quatd(0.0, 0.25, 0.001, -10.0))   <L 7>
        wp::adj_quat_t(var_6, var_7, var_8, var_9, adj_6, adj_7, adj_8, adj_9, adj_5);
        // adj: q = wp.quatd(4.7, 9.27, -8.91, 1.0)                                               <L 6>
        // adj: i = wp.tid()                                                                      <L 5>
        // adj: def k(out: wp.array(dtype=wp.transformd), o2: wp.array(dtype=wp.transform)):      <L 4>
        continue;
    }
}

