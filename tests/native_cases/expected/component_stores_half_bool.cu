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



extern "C" __global__ void k_43b8cf67_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m,
    wp::array_t<wp::vec_t<2, wp::float16>> var_h)
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
        const bool var_1 = false;
        bool var_2;
        const bool var_3 = true;
        bool var_4;
        const wp::float32 var_5 = 1.0;
        const wp::float32 var_6 = 2.0;
        const wp::float32 var_7 = 3.0;
        const wp::float32 var_8 = 4.0;
        wp::mat_t<2, 2, wp::float32> var_9;
        const wp::float32 var_10 = 5.0;
        const wp::float32 var_11 = 6.0;
        wp::vec_t<2, wp::float32> var_12;
        const wp::int32 var_13 = 1;
        const wp::float32 var_14 = 9.0;
        const wp::float32 var_15 = 0.01;
        wp::vec_t<2, wp::float16> var_16;
        const wp::float16 var_17 = 9.0;
        const wp::float16 var_18 = 0.01;
        //---------
        // forward
        // def k(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), h: wp.array(dtype=wp.vec2h)):       <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // ok = wp.bool(False)                                                                    <L 6>
        var_2 = bool(var_1);
        // b = bool(True)                                                                         <L 7>
        var_4 = bool(var_3);
        // R = wp.mat22(1.0, 2.0, 3.0, 4.0)                                                       <L 8>
        var_9 = wp::mat_t<2, 2, wp::float32>(var_5, var_6, var_7, var_8);
        // R[1] = wp.vec2(5.0, 6.0)                                                               <L 9>
        var_12 = wp::vec_t<2, wp::float32>(var_10, var_11);
        wp::assign_inplace(var_9, var_13, var_12);
        // h[i] = wp.vec2h(9.0, 0.01)                                                             <L 10>
        var_16 = wp::vec_t<2, wp::float16>(var_17, var_18);
        wp::array_store(var_h, var_0, var_16);
    }
}



extern "C" __global__ void k_43b8cf67_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m,
    wp::array_t<wp::vec_t<2, wp::float16>> var_h,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m,
    wp::array_t<wp::vec_t<2, wp::float16>> adj_h)
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
        const bool var_1 = false;
        bool var_2;
        const bool var_3 = true;
        bool var_4;
        const wp::float32 var_5 = 1.0;
        const wp::float32 var_6 = 2.0;
        const wp::float32 var_7 = 3.0;
        const wp::float32 var_8 = 4.0;
        wp::mat_t<2, 2, wp::float32> var_9;
        const wp::float32 var_10 = 5.0;
        const wp::float32 var_11 = 6.0;
        wp::vec_t<2, wp::float32> var_12;
        const wp::int32 var_13 = 1;
        const wp::float32 var_14 = 9.0;
        const wp::float32 var_15 = 0.01;
        wp::vec_t<2, wp::float16> var_16;
        const wp::float16 var_17 = 9.0;
        const wp::float16 var_18 = 0.01;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        bool adj_2 = {};
        bool adj_3 = {};
        bool adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::mat_t<2, 2, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<2, wp::float16> adj_16 = {};
        wp::float16 adj_17 = {};
        wp::float16 adj_18 = {};
        //---------
        // forward
        // def k(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), h: wp.array(dtype=wp.vec2h)):       <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // ok = wp.bool(False)                                                                    <L 6>
        var_2 = bool(var_1);
        // b = bool(True)                                                                         <L 7>
        var_4 = bool(var_3);
        // R = wp.mat22(1.0, 2.0, 3.0, 4.0)                                                       <L 8>
        var_9 = wp::mat_t<2, 2, wp::float32>(var_5, var_6, var_7, var_8);
        // R[1] = wp.vec2(5.0, 6.0)                                                               <L 9>
        var_12 = wp::vec_t<2, wp::float32>(var_10, var_11);
        wp::assign_inplace(var_9, var_13, var_12);
        // h[i] = wp.vec2h(9.0, 0.01)                                                             <L 10>
        var_16 = wp::vec_t<2, wp::float16>(var_17, var_18);
        // wp::array_store(var_h, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_h, var_0, var_16, adj_h, adj_0, adj_16);
        wp::adj_vec_t(var_17, var_18, adj_17, adj_18, adj_16);
        // adj: h[i] = wp.vec2h(9.0, 0.01)                                                        <L 10>
        wp::adj_assign_inplace(var_9, var_13, var_12, adj_9, adj_13, adj_12);
        wp::adj_vec_t(var_10, var_11, adj_10, adj_11, adj_12);
        // adj: R[1] = wp.vec2(5.0, 6.0)                                                          <L 9>
        wp::adj_mat_t(var_5, var_6, var_7, var_8, adj_5, adj_6, adj_7, adj_8, adj_9);
        // adj: R = wp.mat22(1.0, 2.0, 3.0, 4.0)                                                  <L 8>
        // adj: b = bool(True)                                                                    <L 7>
        // adj: ok = wp.bool(False)                                                               <L 6>
        // adj: i = wp.tid()                                                                      <L 5>
        // adj: def k(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), h: wp.array(dtype=wp.vec2h)):  <L 4>
        continue;
    }
}

