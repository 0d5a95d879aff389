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



extern "C" __global__ void k_8ce67269_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_p,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::vec_t<3, wp::float64>> var_pd,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::quat_t<wp::float32>* var_2;
        wp::transform_t<wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::quat_t<wp::float32> var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::quat_t<wp::float32>* var_7;
        wp::transform_t<wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::quat_t<wp::float32> var_10;
        wp::transform_t<wp::float32> var_11;
        wp::vec_t<3, wp::float64>* var_12;
        const wp::float32 var_13 = 0.0;
        const wp::float32 var_14 = 0.0;
        const wp::float32 var_15 = 0.0;
        const wp::float32 var_16 = 1.0;
        wp::quat_t<wp::float64> var_17;
        const wp::float64 var_18 = 0.0;
        const wp::float64 var_19 = 0.0;
        const wp::float64 var_20 = 0.0;
        const wp::float64 var_21 = 1.0;
        wp::transform_t<wp::float64> var_22;
        wp::vec_t<3, wp::float64> var_23;
        //---------
        // forward
        // def k(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), pd: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.transform), outd: wp.array(dtype=wp.transformd)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // a = wp.transformation(p[i], q[i])                                                      <L 7>
        var_1 = wp::address(var_p, var_0);
        var_2 = wp::address(var_q, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::transform_t<wp::float32>(var_4, var_5);
        // b = wp.transform(p[i], q[i])                                                           <L 8>
        var_6 = wp::address(var_p, var_0);
        var_7 = wp::address(var_q, var_0);
        var_9 = wp::load(var_6);
        var_10 = wp::load(var_7);
        var_8 = wp::transform_t<wp::float32>(var_9, var_10);
        // out[i] = a * b                                                                         <L 9>
        var_11 = wp::mul(var_3, var_8);
        wp::array_store(var_out, var_0, var_11);
        // outd[i] = wp.transformation(pd[i], wp.quatd(0.0, 0.0, 0.0, 1.0))                       <L 10>
        var_12 = wp::address(var_pd, var_0);
        var_17 = wp::quat_t<wp::float64>(var_18, var_19, var_20, var_21);
        var_23 = wp::load(var_12);
        var_22 = wp::transform_t<wp::float64>(var_23, var_17);
        wp::array_store(var_outd, var_0, var_22);
    }
}



extern "C" __global__ void k_8ce67269_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_p,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::vec_t<3, wp::float64>> var_pd,
    wp::array_t<wp::transform_t<wp::float32>> var_out,
    wp::array_t<wp::transform_t<wp::float64>> var_outd,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p,
    wp::array_t<wp::quat_t<wp::float32>> adj_q,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_pd,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::quat_t<wp::float32>* var_2;
        wp::transform_t<wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::quat_t<wp::float32> var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::quat_t<wp::float32>* var_7;
        wp::transform_t<wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::quat_t<wp::float32> var_10;
        wp::transform_t<wp::float32> var_11;
        wp::vec_t<3, wp::float64>* var_12;
        const wp::float32 var_13 = 0.0;
        const wp::float32 var_14 = 0.0;
        const wp::float32 var_15 = 0.0;
        const wp::float32 var_16 = 1.0;
        wp::quat_t<wp::float64> var_17;
        const wp::float64 var_18 = 0.0;
        const wp::float64 var_19 = 0.0;
        const wp::float64 var_20 = 0.0;
        const wp::float64 var_21 = 1.0;
        wp::transform_t<wp::float64> var_22;
        wp::vec_t<3, wp::float64> var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::quat_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::quat_t<wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::quat_t<wp::float32> adj_7 = {};
        wp::transform_t<wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::quat_t<wp::float32> adj_10 = {};
        wp::transform_t<wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float64> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::quat_t<wp::float64> adj_17 = {};
        wp::float64 adj_18 = {};
        wp::float64 adj_19 = {};
        wp::float64 adj_20 = {};
        wp::float64 adj_21 = {};
        wp::transform_t<wp::float64> adj_22 = {};
        wp::vec_t<3, wp::float64> adj_23 = {};
        //---------
        // forward
        // def k(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), pd: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.transform), outd: wp.array(dtype=wp.transformd)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // a = wp.transformation(p[i], q[i])                                                      <L 7>
        var_1 = wp::address(var_p, var_0);
        var_2 = wp::address(var_q, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::transform_t<wp::float32>(var_4, var_5);
        // b = wp.transform(p[i], q[i])                                                           <L 8>
        var_6 = wp::address(var_p, var_0);
        var_7 = wp::address(var_q, var_0);
        var_9 = wp::load(var_6);
        var_10 = wp::load(var_7);
        var_8 = wp::transform_t<wp::float32>(var_9, var_10);
        // out[i] = a * b                                                                         <L 9>
        var_11 = wp::mul(var_3, var_8);
        // wp::array_store(var_out, var_0, var_11);
        // outd[i] = wp.transformation(pd[i], wp.quatd(0.0, 0.0, 0.0, 1.0))                       <L 10>
        var_12 = wp::address(var_pd, var_0);
        var_17 = wp::quat_t<wp::float64>(var_18, var_19, var_20, var_21);
        var_23 = wp::load(var_12);
        var_22 = wp::transform_t<wp::float64>(var_23, var_17);
        // wp::array_store(var_outd, var_0, var_22);
        //---------
        // reverse
        wp::adj_array_store(var_outd, var_0, var_22, adj_outd, adj_0, adj_22);
        wp::adj_transform_t(var_23, var_17, adj_12, adj_17, adj_22);
        wp::adj_quat_t(var_18, var_19, var_20, var_21, adj_18, adj_19, adj_20, adj_21, adj_17);
        wp::adj_address(var_pd, var_0, adj_pd, adj_0, adj_12);
        // adj: outd[i] = wp.transformation(pd[i], wp.quatd(0.0, 0.0, 0.0, 1.0))                  <L 10>
        wp::adj_array_store(var_out, var_0, var_11, adj_out, adj_0, adj_11);
        wp::adj_mul(var_3, var_8, adj_3, adj_8, adj_11);
        // adj: out[i] = a * b                                                                    <L 9>
        wp::adj_transform_t(var_9, var_10, adj_6, adj_7, adj_8);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_7);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_6);
        // adj: b = wp.transform(p[i], q[i])                                                      <L 8>
        wp::adj_transform_t(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_2);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_1);
        // adj: a = wp.transformation(p[i], q[i])                                                 <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def k(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), pd: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.transform), outd: wp.array(dtype=wp.transformd)):  <L 5>
        continue;
    }
}

