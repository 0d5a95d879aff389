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



extern "C" __global__ void k_8c38b97b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_u,
    wp::array_t<wp::mat_t<3, 3, wp::uint32>> var_m,
    wp::array_t<wp::transform_t<wp::float32>> var_t,
    wp::float32 var_x)
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
        wp::mat_t<2, 2, wp::float32>* var_1;
        const wp::float32 var_2 = 1.0;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::mat_t<2, 2, wp::float32> var_4;
        wp::mat_t<2, 2, wp::float32> var_5;
        wp::mat_t<2, 2, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float64> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float16> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::int32 var_13 = 1;
        wp::uint32 var_14;
        wp::mat_t<3, 3, wp::uint32> var_15;
        wp::uint32 var_16;
        wp::mat_t<3, 3, wp::uint32> var_17;
        wp::mat_t<3, 3, wp::uint32> var_18;
        wp::transform_t<wp::float32> var_19;
        wp::transform_t<wp::float64> var_20;
        wp::mat_t<2, 2, wp::float32>* var_21;
        wp::mat_t<2, 2, wp::float64> var_22;
        wp::mat_t<2, 2, wp::float32> var_23;
        wp::mat_t<2, 2, wp::float32> var_24;
        const wp::float32 var_25 = 2.0;
        wp::mat_t<3, 3, wp::float64> var_26;
        const wp::float64 var_27 = 2.0;
        const wp::float32 var_28 = 1.5;
        const wp::float32 var_29 = 2.5;
        wp::vec_t<2, wp::float32> var_30;
        wp::vec_t<2, wp::int32> var_31;
        //---------
        // forward
        // def k(                                                                                 <L 7>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // a[i] = a[i] + wp.mat22f(1.0)                                                           <L 15>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::mat_t<2, 2, wp::float32>(var_2);
        var_5 = wp::load(var_1);
        var_4 = wp::add(var_5, var_3);
        wp::array_store(var_a, var_0, var_4);
        // b = wp.mat22f(x)                                                                       <L 16>
        var_6 = wp::mat_t<2, 2, wp::float32>(var_x);
        // d = wp.vec3d(u[i])                                                                     <L 17>
        var_7 = wp::address(var_u, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::vec_t<3, wp::float64>(var_9);
        // h = wp.vec3h(u[i])                                                                     <L 18>
        var_10 = wp::address(var_u, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::vec_t<3, wp::float16>(var_12);
        // m[i] = mat33ui(wp.uint32(1)) + mat33ui(wp.uint32(i))                                   <L 19>
        var_14 = wp::uint32(var_13);
        var_15 = wp::mat_t<3, 3, wp::uint32>(var_14);
        var_16 = wp::uint32(var_0);
        var_17 = wp::mat_t<3, 3, wp::uint32>(var_16);
        var_18 = wp::add(var_15, var_17);
        wp::array_store(var_m, var_0, var_18);
        // tt = wp.transform()                                                                    <L 20>
        var_19 = wp::transform_t<wp::float32>();
        // td = wp.transformd()                                                                   <L 21>
        var_20 = wp::transform_t<wp::float64>();
        // t[i] = tt                                                                              <L 22>
        wp::array_store(var_t, var_0, var_19);
        // md = wp.mat22d(a[i])                                                                   <L 23>
        var_21 = wp::address(var_a, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::mat_t<2, 2, wp::float64>(var_23);
        // mf = wp.mat22(md)                                                                      <L 24>
        var_24 = wp::mat_t<2, 2, wp::float32>(var_22);
        // e = wp.mat33d(2.0)                                                                     <L 25>
        var_26 = wp::mat_t<3, 3, wp::float64>(var_27);
        // v = wp.vec2i(wp.vec2(1.5, 2.5))                                                        <L 26>
        var_30 = wp::vec_t<2, wp::float32>(var_28, var_29);
        var_31 = wp::vec_t<2, wp::int32>(var_30);
    }
}



extern "C" __global__ void k_8c38b97b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_u,
    wp::array_t<wp::mat_t<3, 3, wp::uint32>> var_m,
    wp::array_t<wp::transform_t<wp::float32>> var_t,
    wp::float32 var_x,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_u,
    wp::array_t<wp::mat_t<3, 3, wp::uint32>> adj_m,
    wp::array_t<wp::transform_t<wp::float32>> adj_t,
    wp::float32 adj_x)
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
        wp::mat_t<2, 2, wp::float32>* var_1;
        const wp::float32 var_2 = 1.0;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::mat_t<2, 2, wp::float32> var_4;
        wp::mat_t<2, 2, wp::float32> var_5;
        wp::mat_t<2, 2, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float64> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float16> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::int32 var_13 = 1;
        wp::uint32 var_14;
        wp::mat_t<3, 3, wp::uint32> var_15;
        wp::uint32 var_16;
        wp::mat_t<3, 3, wp::uint32> var_17;
        wp::mat_t<3, 3, wp::uint32> var_18;
        wp::transform_t<wp::float32> var_19;
        wp::transform_t<wp::float64> var_20;
        wp::mat_t<2, 2, wp::float32>* var_21;
        wp::mat_t<2, 2, wp::float64> var_22;
        wp::mat_t<2, 2, wp::float32> var_23;
        wp::mat_t<2, 2, wp::float32> var_24;
        const wp::float32 var_25 = 2.0;
        wp::mat_t<3, 3, wp::float64> var_26;
        const wp::float64 var_27 = 2.0;
        const wp::float32 var_28 = 1.5;
        const wp::float32 var_29 = 2.5;
        wp::vec_t<2, wp::float32> var_30;
        wp::vec_t<2, wp::int32> var_31;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<2, 2, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::mat_t<2, 2, wp::float32> adj_3 = {};
        wp::mat_t<2, 2, wp::float32> adj_4 = {};
        wp::mat_t<2, 2, wp::float32> adj_5 = {};
        wp::mat_t<2, 2, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float64> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float16> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::uint32 adj_14 = {};
        wp::mat_t<3, 3, wp::uint32> adj_15 = {};
        wp::uint32 adj_16 = {};
        wp::mat_t<3, 3, wp::uint32> adj_17 = {};
        wp::mat_t<3, 3, wp::uint32> adj_18 = {};
        wp::transform_t<wp::float32> adj_19 = {};
        wp::transform_t<wp::float64> adj_20 = {};
        wp::mat_t<2, 2, wp::float32> adj_21 = {};
        wp::mat_t<2, 2, wp::float64> adj_22 = {};
        wp::mat_t<2, 2, wp::float32> adj_23 = {};
        wp::mat_t<2, 2, wp::float32> adj_24 = {};
        wp::float32 adj_25 = {};
        wp::mat_t<3, 3, wp::float64> adj_26 = {};
        wp::float64 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<2, wp::float32> adj_30 = {};
        wp::vec_t<2, wp::int32> adj_31 = {};
        //---------
        // forward
        // def k(                                                                                 <L 7>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // a[i] = a[i] + wp.mat22f(1.0)                                                           <L 15>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::mat_t<2, 2, wp::float32>(var_2);
        var_5 = wp::load(var_1);
        var_4 = wp::add(var_5, var_3);
        // wp::array_store(var_a, var_0, var_4);
        // b = wp.mat22f(x)                                                                       <L 16>
        var_6 = wp::mat_t<2, 2, wp::float32>(var_x);
        // d = wp.vec3d(u[i])                                                                     <L 17>
        var_7 = wp::address(var_u, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::vec_t<3, wp::float64>(var_9);
        // h = wp.vec3h(u[i])                                                                     <L 18>
        var_10 = wp::address(var_u, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::vec_t<3, wp::float16>(var_12);
        // m[i] = mat33ui(wp.uint32(1)) + mat33ui(wp.uint32(i))                                   <L 19>
        var_14 = wp::uint32(var_13);
        var_15 = wp::mat_t<3, 3, wp::uint32>(var_14);
        var_16 = wp::uint32(var_0);
        var_17 = wp::mat_t<3, 3, wp::uint32>(var_16);
        var_18 = wp::add(var_15, var_17);
        // wp::array_store(var_m, var_0, var_18);
        // tt = wp.transform()                                                                    <L 20>
        var_19 = wp::transform_t<wp::float32>();
        // td = wp.transformd()                                                                   <L 21>
        var_20 = wp::transform_t<wp::float64>();
        // t[i] = tt                                                                              <L 22>
        // wp::array_store(var_t, var_0, var_19);
        // md = wp.mat22d(a[i])                                                                   <L 23>
        var_21 = wp::address(var_a, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::mat_t<2, 2, wp::float64>(var_23);
        // mf = wp.mat22(md)                                                                      <L 24>
        var_24 = wp::mat_t<2, 2, wp::float32>(var_22);
        // e = wp.mat33d(2.0)                                                                     <L 25>
        var_26 = wp::mat_t<3, 3, wp::float64>(var_27);
        // v = wp.vec2i(wp.vec2(1.5, 2.5))                                                        <L 26>
        var_30 = wp::vec_t<2, wp::float32>(var_28, var_29);
        var_31 = wp::vec_t<2, wp::int32>(var_30);
        //---------
        // reverse
        wp::adj_vec_t(var_30, adj_30, adj_31);
        wp::adj_vec_t(var_28, var_29, adj_28, adj_29, adj_30);
        // adj: v = wp.vec2i(wp.vec2(1.5, 2.5))                                                   <L 26>
        wp::adj_mat_t(var_27, adj_27, adj_26);
        // adj: e = wp.mat33d(2.0)                                                                <L 25>
        wp::adj_mat_t(var_22, adj_22, adj_24);
        // adj: mf = wp.mat22(md)                                                                 <L 24>
        wp::adj_mat_t(var_23, adj_21, adj_22);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_21);
        // adj: md = wp.mat22d(a[i])                                                              <L 23>
        wp::adj_array_store(var_t, var_0, var_19, adj_t, adj_0, adj_19);
        // adj: t[i] = tt                                                                         <L 22>
        // adj: td = wp.transformd()                                                              <L 21>
        // adj: tt = wp.transform()                                                               <L 20>
        wp::adj_array_store(var_m, var_0, var_18, adj_m, adj_0, adj_18);
        wp::adj_add(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_mat_t(var_16, adj_16, adj_17);
        wp::adj_mat_t(var_14, adj_14, adj_15);
        // adj: m[i] = mat33ui(wp.uint32(1)) + mat33ui(wp.uint32(i))                              <L 19>
        wp::adj_vec_t(var_12, adj_10, adj_11);
        wp::adj_address(var_u, var_0, adj_u, adj_0, adj_10);
        // adj: h = wp.vec3h(u[i])                                                                <L 18>
        wp::adj_vec_t(var_9, adj_7, adj_8);
        wp::adj_address(var_u, var_0, adj_u, adj_0, adj_7);
        // adj: d = wp.vec3d(u[i])                                                                <L 17>
        wp::adj_mat_t(var_x, adj_x, adj_6);
        // adj: b = wp.mat22f(x)                                                                  <L 16>
        wp::adj_array_store(var_a, var_0, var_4, adj_a, adj_0, adj_4);
        wp::adj_add(var_5, var_3, adj_1, adj_3, adj_4);
        wp::adj_mat_t(var_2, adj_2, adj_3);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = a[i] + wp.mat22f(1.0)                                                      <L 15>
        // adj: i = wp.tid()                                                                      <L 14>
        // adj: def k(                                                                            <L 7>
        continue;
    }
}

