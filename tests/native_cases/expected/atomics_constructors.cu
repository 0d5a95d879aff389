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



extern "C" __global__ void k_677f65cf_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m,
    wp::array_t<wp::int64> var_b,
    wp::array_t<wp::uint32> var_c,
    wp::array_t<wp::float64> var_f)
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
        wp::vec_t<3, wp::float32> var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = 2.0;
        const wp::float32 var_8 = 3.0;
        const wp::float32 var_9 = 4.0;
        wp::mat_t<2, 2, wp::float32> var_10;
        wp::mat_t<2, 2, wp::float32> var_11;
        wp::int64* var_12;
        wp::int64 var_13;
        wp::int64 var_14;
        wp::uint32* var_15;
        wp::uint32 var_16;
        wp::uint32 var_17;
        wp::float64* var_18;
        wp::float64 var_19;
        wp::float64 var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 2.0;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        //---------
        // forward
        // def k(a: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.uint32), f: wp.array(dtype=wp.float64)):       <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // wp.atomic_add(a, i, wp.vec3(1.0, 2.0, 3.0))                                            <L 6>
        var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
        var_5 = wp::atomic_add(var_a, var_0, var_4);
        // wp.atomic_sub(m, i, wp.mat22(1.0, 2.0, 3.0, 4.0))                                      <L 7>
        var_10 = wp::mat_t<2, 2, wp::float32>(var_6, var_7, var_8, var_9);
        var_11 = wp::atomic_sub(var_m, var_0, var_10);
        // wp.atomic_min(b, i, b[i])                                                              <L 8>
        var_12 = wp::address(var_b, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::atomic_min(var_b, var_0, var_14);
        // wp.atomic_max(c, i, c[i])                                                              <L 9>
        var_15 = wp::address(var_c, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::atomic_max(var_c, var_0, var_17);
        // x = wp.atomic_max(f, i, f[i])                                                          <L 10>
        var_18 = wp::address(var_f, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::atomic_max(var_f, var_0, var_20);
        // y = wp.atomic_min(a, i, a[i])                                                          <L 11>
        var_21 = wp::address(var_a, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::atomic_min(var_a, var_0, var_23);
        // z = wp.vec3(2.0)                                                                       <L 12>
        var_25 = wp::vec_t<3, wp::float32>(var_24);
        // w = wp.vec3(z)                                                                         <L 13>
        var_26 = wp::vec_t<3, wp::float32>(var_25);
    }
}



extern "C" __global__ void k_677f65cf_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m,
    wp::array_t<wp::int64> var_b,
    wp::array_t<wp::uint32> var_c,
    wp::array_t<wp::float64> var_f,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m,
    wp::array_t<wp::int64> adj_b,
    wp::array_t<wp::uint32> adj_c,
    wp::array_t<wp::float64> adj_f)
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
        wp::vec_t<3, wp::float32> var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = 2.0;
        const wp::float32 var_8 = 3.0;
        const wp::float32 var_9 = 4.0;
        wp::mat_t<2, 2, wp::float32> var_10;
        wp::mat_t<2, 2, wp::float32> var_11;
        wp::int64* var_12;
        wp::int64 var_13;
        wp::int64 var_14;
        wp::uint32* var_15;
        wp::uint32 var_16;
        wp::uint32 var_17;
        wp::float64* var_18;
        wp::float64 var_19;
        wp::float64 var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 2.0;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::mat_t<2, 2, wp::float32> adj_10 = {};
        wp::mat_t<2, 2, wp::float32> adj_11 = {};
        wp::int64 adj_12 = {};
        wp::int64 adj_13 = {};
        wp::int64 adj_14 = {};
        wp::uint32 adj_15 = {};
        wp::uint32 adj_16 = {};
        wp::uint32 adj_17 = {};
        wp::float64 adj_18 = {};
        wp::float64 adj_19 = {};
        wp::float64 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.uint32), f: wp.array(dtype=wp.float64)):       <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // wp.atomic_add(a, i, wp.vec3(1.0, 2.0, 3.0))                                            <L 6>
        var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
        // var_5 = wp::atomic_add(var_a, var_0, var_4);
        // wp.atomic_sub(m, i, wp.mat22(1.0, 2.0, 3.0, 4.0))                                      <L 7>
        var_10 = wp::mat_t<2, 2, wp::float32>(var_6, var_7, var_8, var_9);
        // var_11 = wp::atomic_sub(var_m, var_0, var_10);
        // wp.atomic_min(b, i, b[i])                                                              <L 8>
        var_12 = wp::address(var_b, var_0);
        var_14 = wp::load(var_12);
        // var_13 = wp::atomic_min(var_b, var_0, var_14);
        // wp.atomic_max(c, i, c[i])                                                              <L 9>
        var_15 = wp::address(var_c, var_0);
        var_17 = wp::load(var_15);
        // var_16 = wp::atomic_max(var_c, var_0, var_17);
        // x = wp.atomic_max(f, i, f[i])                                                          <L 10>
        var_18 = wp::address(var_f, var_0);
        var_20 = wp::load(var_18);
        // var_19 = wp::atomic_max(var_f, var_0, var_20);
        // y = wp.atomic_min(a, i, a[i])                                                          <L 11>
        var_21 = wp::address(var_a, var_0);
        var_23 = wp::load(var_21);
        // var_22 = wp::atomic_min(var_a, var_0, var_23);
        // z = wp.vec3(2.0)                                                                       <L 12>
        var_25 = wp::vec_t<3, wp::float32>(var_24);
        // w = wp.vec3(z)                                                                         <L 13>
        var_26 = wp::vec_t<3, wp::float32>(var_25);
        //---------
        // reverse
        wp::adj_vec_t(var_25, adj_25, adj_26);
        // adj: w = wp.vec3(z)                                                                    <L 13>
        wp::adj_vec_t(var_24, adj_24, adj_25);
        // adj: z = wp.vec3(2.0)                                                                  <L 12>
        wp::adj_atomic_min(var_a, var_0, var_23, adj_a, adj_0, adj_21, adj_22);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_21);
        // adj: y = wp.atomic_min(a, i, a[i])                                                     <L 11>
        wp::adj_atomic_max(var_f, var_0, var_20, adj_f, adj_0, adj_18, adj_19);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_18);
        // adj: x = wp.atomic_max(f, i, f[i])                                                     <L 10>
        wp::adj_atomic_max(var_c, var_0, var_17, adj_c, adj_0, adj_15, adj_16);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_15);
        // adj: wp.atomic_max(c, i, c[i])                                                         <L 9>
        wp::adj_atomic_min(var_b, var_0, var_14, adj_b, adj_0, adj_12, adj_13);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_12);
        // adj: wp.atomic_min(b, i, b[i])                                                         <L 8>
        wp::adj_atomic_sub(var_m, var_0, var_10, adj_m, adj_0, adj_10, adj_11);
        wp::adj_mat_t(var_6, var_7, var_8, var_9, adj_6, adj_7, adj_8, adj_9, adj_10);
        // adj: wp.atomic_sub(m, i, wp.mat22(1.0, 2.0, 3.0, 4.0))                                 <L 7>
        wp::adj_atomic_add(var_a, var_0, var_4, adj_a, adj_0, adj_4, adj_5);
        wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
        // adj: wp.atomic_add(a, i, wp.vec3(1.0, 2.0, 3.0))                                       <L 6>
        // adj: i = wp.tid()                                                                      <L 5>
        // adj: def k(a: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.uint32), f: wp.array(dtype=wp.float64)):  <L 4>
        continue;
    }
}

