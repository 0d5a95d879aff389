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



extern "C" __global__ void k_e2527ce3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
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
        wp::mat_t<2, 2, wp::float32> var_5;
        const wp::float32 var_6 = 7.0;
        const wp::int32 var_7 = 1;
        const wp::int32 var_8 = 0;
        const wp::float32 var_9 = 8.0;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 1;
        const wp::float32 var_13 = 1.0;
        const wp::float32 var_14 = 1.0;
        wp::vec_t<2, wp::float32> var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        const wp::float32 var_18 = 2.0;
        const wp::int32 var_19 = 1;
        const wp::int32 var_20 = 1;
        wp::float32 var_21;
        //---------
        // forward
        // def k(out: wp.array(dtype=float)):                                                     <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // R = wp.mat22(1.0, 2.0, 3.0, 4.0)                                                       <L 6>
        var_5 = wp::mat_t<2, 2, wp::float32>(var_1, var_2, var_3, var_4);
        // R[1, 0] = 7.0                                                                          <L 7>
        wp::assign_inplace(var_5, var_7, var_8, var_6);
        // R[0][1] = 8.0                                                                          <L 8>
        wp::assign_inplace(var_5, var_10, var_11, var_9);
        // R[1] += wp.vec2(1.0, 1.0)                                                              <L 9>
        var_15 = wp::vec_t<2, wp::float32>(var_13, var_14);
        wp::add_inplace(var_5, var_12, var_15);
        // R[0, 0] += 2.0                                                                         <L 10>
        wp::add_inplace(var_5, var_16, var_17, var_18);
        // out[i] = R[1, 1]                                                                       <L 11>
        var_21 = wp::extract(var_5, var_19, var_20);
        wp::array_store(var_out, var_0, var_21);
    }
}



extern "C" __global__ void k_e2527ce3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_out,
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
        wp::mat_t<2, 2, wp::float32> var_5;
        const wp::float32 var_6 = 7.0;
        const wp::int32 var_7 = 1;
        const wp::int32 var_8 = 0;
        const wp::float32 var_9 = 8.0;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 1;
        const wp::float32 var_13 = 1.0;
        const wp::float32 var_14 = 1.0;
        wp::vec_t<2, wp::float32> var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        const wp::float32 var_18 = 2.0;
        const wp::int32 var_19 = 1;
        const wp::int32 var_20 = 1;
        wp::float32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::mat_t<2, 2, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        //---------
        // forward
        // def k(out: wp.array(dtype=float)):                                                     <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // R = wp.mat22(1.0, 2.0, 3.0, 4.0)                                                       <L 6>
        var_5 = wp::mat_t<2, 2, wp::float32>(var_1, var_2, var_3, var_4);
        // R[1, 0] = 7.0                                                                          <L 7>
        wp::assign_inplace(var_5, var_7, var_8, var_6);
        // R[0][1] = 8.0                                                                          <L 8>
        wp::assign_inplace(var_5, var_10, var_11, var_9);
        // R[1] += wp.vec2(1.0, 1.0)                                                              <L 9>
        var_15 = wp::vec_t<2, wp::float32>(var_13, var_14);
        wp::add_inplace(var_5, var_12, var_15);
        // R[0, 0] += 2.0                                                                         <L 10>
        wp::add_inplace(var_5, var_16, var_17, var_18);
        // out[i] = R[1, 1]                                                                       <L 11>
        var_21 = wp::extract(var_5, var_19, var_20);
        // wp::array_store(var_out, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
        wp::adj_extract(var_5, var_19, var_20, adj_5, adj_19, adj_20, adj_21);
        // adj: out[i] = R[1, 1]                                                                  <L 11>
        wp::adj_add_inplace(var_5, var_16, var_17, var_18, adj_5, adj_16, adj_17, adj_18);
        // adj: R[0, 0] += 2.0                                                                    <L 10>
        wp::adj_add_inplace(var_5, var_12, var_15, adj_5, adj_12, adj_15);
        wp::adj_vec_t(var_13, var_14, adj_13, adj_14, adj_15);
        // adj: R[1] += wp.vec2(1.0, 1.0)                                                         <L 9>
        wp::adj_assign_inplace(var_5, var_10, var_11, var_9, adj_5, adj_10, adj_11, adj_9);
        // adj: R[0][1] = 8.0                                                                     <L 8>
        wp::adj_assign_inplace(var_5, var_7, var_8, var_6, adj_5, adj_7, adj_8, adj_6);
        // adj: R[1, 0] = 7.0                                                                     <L 7>
        wp::adj_mat_t(var_1, var_2, var_3, var_4, adj_1, adj_2, adj_3, adj_4, adj_5);
        // adj: R = wp.mat22(1.0, 2.0, 3.0, 4.0)                                                  <L 6>
        // adj: i = wp.tid()                                                                      <L 5>
        // adj: def k(out: wp.array(dtype=float)):                                                <L 4>
        continue;
    }
}

