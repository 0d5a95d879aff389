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



extern "C" __global__ void k_0867b5de_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
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
        wp::vec_t<3, wp::float32>* var_4;
        const wp::int32 var_5 = 1;
        const wp::float32 var_6 = 1.0;
        wp::vec_t<3, wp::float32>* var_7;
        const wp::int32 var_8 = 2;
        const wp::float32 var_9 = 3.0;
        const wp::int32 var_10 = 0;
        wp::mat_t<2, 2, wp::float32>* var_11;
        const wp::int32 var_12 = 1;
        const wp::int32 var_13 = 0;
        const wp::float32 var_14 = 1.0;
        const wp::float32 var_15 = 2.0;
        wp::vec_t<2, wp::float32> var_16;
        const wp::int32 var_17 = 1;
        wp::mat_t<2, 2, wp::float32>* var_18;
        const wp::int32 var_19 = 1;
        const wp::float32 var_20 = 0.5;
        wp::quat_t<wp::float32>* var_21;
        const wp::int32 var_22 = 3;
        //---------
        // forward
        // def k(out: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=wp.mat22), q: wp.array(dtype=wp.quat), f: wp.array(dtype=float)):       <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // out[i].y = f[i]                                                                        <L 6>
        var_1 = wp::address(var_f, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        var_4 = &(wp::index(var_out, var_0));
        wp::store(&(wp::index(var_out, var_0).component_ref(var_5)), var_2);
        // out[i][2] = 1.0                                                                        <L 7>
        var_7 = &(wp::index(var_out, var_0));
        wp::store(&(wp::index(var_out, var_0).component_ref(var_8)), var_6);
        // m[i, 0][1, 0] = 3.0                                                                    <L 8>
        var_11 = &(wp::index(var_m, var_0, var_10));
        wp::store(&(wp::index(var_m, var_0, var_10).element_ref(var_12, var_13)), var_9);
        // m[i, 1][1] = wp.vec2(1.0, 2.0)                                                         <L 9>
        var_16 = wp::vec_t<2, wp::float32>(var_14, var_15);
        var_18 = &(wp::index(var_m, var_0, var_17));
        wp::store(&(wp::index(var_m, var_0, var_17).row_ref(var_19)), var_16);
        // q[i].w = 0.5                                                                           <L 10>
        var_21 = &(wp::index(var_q, var_0));
        wp::store(&(wp::index(var_q, var_0).component_ref(var_22)), var_20);
    }
}



extern "C" __global__ void k_0867b5de_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::float32> var_f,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m,
    wp::array_t<wp::quat_t<wp::float32>> adj_q,
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
        wp::vec_t<3, wp::float32>* var_4;
        const wp::int32 var_5 = 1;
        const wp::float32 var_6 = 1.0;
        wp::vec_t<3, wp::float32>* var_7;
        const wp::int32 var_8 = 2;
        const wp::float32 var_9 = 3.0;
        const wp::int32 var_10 = 0;
        wp::mat_t<2, 2, wp::float32>* var_11;
        const wp::int32 var_12 = 1;
        const wp::int32 var_13 = 0;
        const wp::float32 var_14 = 1.0;
        const wp::float32 var_15 = 2.0;
        wp::vec_t<2, wp::float32> var_16;
        const wp::int32 var_17 = 1;
        wp::mat_t<2, 2, wp::float32>* var_18;
        const wp::int32 var_19 = 1;
        const wp::float32 var_20 = 0.5;
        wp::quat_t<wp::float32>* var_21;
        const wp::int32 var_22 = 3;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::mat_t<2, 2, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<2, wp::float32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::mat_t<2, 2, wp::float32> adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::quat_t<wp::float32> adj_21 = {};
        wp::int32 adj_22 = {};
        //---------
        // forward
        // def k(out: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=wp.mat22), q: wp.array(dtype=wp.quat), f: wp.array(dtype=float)):       <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // out[i].y = f[i]                                                                        <L 6>
        var_1 = wp::address(var_f, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        var_4 = &(wp::index(var_out, var_0));
        // wp::store(&(wp::index(var_out, var_0).component_ref(var_5)), var_2);
        // out[i][2] = 1.0                                                                        <L 7>
        var_7 = &(wp::index(var_out, var_0));
        // wp::store(&(wp::index(var_out, var_0).component_ref(var_8)), var_6);
        // m[i, 0][1, 0] = 3.0                                                                    <L 8>
        var_11 = &(wp::index(var_m, var_0, var_10));
        // wp::store(&(wp::index(var_m, var_0, var_10).element_ref(var_12, var_13)), var_9);
        // m[i, 1][1] = wp.vec2(1.0, 2.0)                                                         <L 9>
        var_16 = wp::vec_t<2, wp::float32>(var_14, var_15);
        var_18 = &(wp::index(var_m, var_0, var_17));
        // wp::store(&(wp::index(var_m, var_0, var_17).row_ref(var_19)), var_16);
        // q[i].w = 0.5                                                                           <L 10>
        var_21 = &(wp::index(var_q, var_0));
        // wp::store(&(wp::index(var_q, var_0).component_ref(var_22)), var_20);
        //---------
        // reverse
        wp::adj_array_store_slot(var_q, adj_q, adj_20, [&](auto& _e) -> auto& { return _e.component_ref(var_22); }, var_0);
        // adj: q[i].w = 0.5                                                                      <L 10>
        wp::adj_array_store_slot(var_m, adj_m, adj_16, [&](auto& _e) -> auto& { return _e.row_ref(var_19); }, var_0, var_17);
        wp::adj_vec_t(var_14, var_15, adj_14, adj_15, adj_16);
        // adj: m[i, 1][1] = wp.vec2(1.0, 2.0)                                                    <L 9>
        wp::adj_array_store_slot(var_m, adj_m, adj_9, [&](auto& _e) -> auto& { return _e.element_ref(var_12, var_13); }, var_0, var_10);
        // adj: m[i, 0][1, 0] = 3.0                                                               <L 8>
        wp::adj_array_store_slot(var_out, adj_out, adj_6, [&](auto& _e) -> auto& { return _e.component_ref(var_8); }, var_0);
        // adj: out[i][2] = 1.0                                                                   <L 7>
        wp::adj_array_store_slot(var_out, adj_out, adj_2, [&](auto& _e) -> auto& { return _e.component_ref(var_5); }, var_0);
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
        // adj: out[i].y = f[i]                                                                   <L 6>
        // adj: i = wp.tid()                                                                      <L 5>
        // adj: def k(out: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=wp.mat22), q: wp.array(dtype=wp.quat), f: wp.array(dtype=float)):  <L 4>
        continue;
    }
}

