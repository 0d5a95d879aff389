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



extern "C" __global__ void k_7989e543_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::int32> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v)
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
        const wp::float32 var_1 = 0.016666666666666666;
        const wp::float32 var_2 = 0.010000000000000002;
        wp::float32 var_3;
        const wp::float32 var_4 = 513.0;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.3333333333333333;
        wp::float32 var_7;
        const wp::float32 var_8 = 6.283185307179586;
        const wp::float32 var_9 = 0.6666666666666666;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.016666666666666666;
        wp::float32 var_13;
        const wp::int32 var_14 = 1024;
        const wp::int32 var_15 = -342;
        wp::int32 var_16;
        const wp::int32 var_17 = -2;
        wp::int32 var_18;
        const wp::int32 var_19 = -4;
        wp::int32 var_20;
        const wp::int32 var_21 = -28;
        wp::int32 var_22;
        const bool var_23 = true;
        const wp::vec_t<3, wp::float32> var_24 = wp::initializer_array<3,wp::float32>{0.3333333432674408, -0.5, 8.0};
        const wp::float32 var_25 = 2.0;
        wp::vec_t<3, wp::float32> var_26;
        //---------
        // forward
        // def k(a: wp.array(dtype=float), b: wp.array(dtype=int), v: wp.array(dtype=wp.vec3)):       <L 23>
        // i = wp.tid()                                                                           <L 24>
        var_0 = builtin_tid1d();
        // a[i] = DT + SQ + MIX + HALF + TWO_PI * RELAX + ALIAS                                   <L 25>
        var_3 = wp::add(var_1, var_2);
        var_5 = wp::add(var_3, var_4);
        var_7 = wp::add(var_5, var_6);
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::add(var_7, var_10);
        var_13 = wp::add(var_11, var_12);
        wp::array_store(var_a, var_0, var_13);
        // b[i] = N + M + R + Q + P                                                               <L 26>
        var_16 = wp::add(var_14, var_15);
        var_18 = wp::add(var_16, var_17);
        var_20 = wp::add(var_18, var_19);
        var_22 = wp::add(var_20, var_21);
        wp::array_store(var_b, var_0, var_22);
        // if ON:                                                                                 <L 27>
        // v[i] = V * 2.0                                                                         <L 28>
        var_26 = wp::mul(var_24, var_25);
        wp::array_store(var_v, var_0, var_26);
    }
}



extern "C" __global__ void k_7989e543_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::int32> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::int32> adj_b,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v)
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
        const wp::float32 var_1 = 0.016666666666666666;
        const wp::float32 var_2 = 0.010000000000000002;
        wp::float32 var_3;
        const wp::float32 var_4 = 513.0;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.3333333333333333;
        wp::float32 var_7;
        const wp::float32 var_8 = 6.283185307179586;
        const wp::float32 var_9 = 0.6666666666666666;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.016666666666666666;
        wp::float32 var_13;
        const wp::int32 var_14 = 1024;
        const wp::int32 var_15 = -342;
        wp::int32 var_16;
        const wp::int32 var_17 = -2;
        wp::int32 var_18;
        const wp::int32 var_19 = -4;
        wp::int32 var_20;
        const wp::int32 var_21 = -28;
        wp::int32 var_22;
        const bool var_23 = true;
        const wp::vec_t<3, wp::float32> var_24 = wp::initializer_array<3,wp::float32>{0.3333333432674408, -0.5, 8.0};
        const wp::float32 var_25 = 2.0;
        wp::vec_t<3, wp::float32> var_26;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        bool adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float), b: wp.array(dtype=int), v: wp.array(dtype=wp.vec3)):       <L 23>
        // i = wp.tid()                                                                           <L 24>
        var_0 = builtin_tid1d();
        // a[i] = DT + SQ + MIX + HALF + TWO_PI * RELAX + ALIAS                                   <L 25>
        var_3 = wp::add(var_1, var_2);
        var_5 = wp::add(var_3, var_4);
        var_7 = wp::add(var_5, var_6);
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::add(var_7, var_10);
        var_13 = wp::add(var_11, var_12);
        // wp::array_store(var_a, var_0, var_13);
        // b[i] = N + M + R + Q + P                                                               <L 26>
        var_16 = wp::add(var_14, var_15);
        var_18 = wp::add(var_16, var_17);
        var_20 = wp::add(var_18, var_19);
        var_22 = wp::add(var_20, var_21);
        // wp::array_store(var_b, var_0, var_22);
        // if ON:                                                                                 <L 27>
        // v[i] = V * 2.0                                                                         <L 28>
        var_26 = wp::mul(var_24, var_25);
        // wp::array_store(var_v, var_0, var_26);
        //---------
        // reverse
        wp::adj_array_store(var_v, var_0, var_26, adj_v, adj_0, adj_26);
        wp::adj_mul(var_24, var_25, adj_24, adj_25, adj_26);
        // adj: v[i] = V * 2.0                                                                    <L 28>
        // adj: if ON:                                                                            <L 27>
        wp::adj_array_store(var_b, var_0, var_22, adj_b, adj_0, adj_22);
        wp::adj_add(var_20, var_21, adj_20, adj_21, adj_22);
        wp::adj_add(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_add(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
        // adj: b[i] = N + M + R + Q + P                                                          <L 26>
        wp::adj_array_store(var_a, var_0, var_13, adj_a, adj_0, adj_13);
        wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_add(var_7, var_10, adj_7, adj_10, adj_11);
        wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
        // adj: a[i] = DT + SQ + MIX + HALF + TWO_PI * RELAX + ALIAS                              <L 25>
        // adj: i = wp.tid()                                                                      <L 24>
        // adj: def k(a: wp.array(dtype=float), b: wp.array(dtype=int), v: wp.array(dtype=wp.vec3)):  <L 23>
        continue;
    }
}

