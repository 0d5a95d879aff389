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


// warpsynth/expect_checks.py:7
static CUDA_CALLABLE wp::float32 check_0(
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def check(x: float, y: float):                                                         <L 8>
    // wp.expect_eq(x, y)                                                                     <L 9>
    wp::expect_eq(var_x, var_y);
    // return x + y                                                                           <L 10>
    var_0 = wp::add(var_x, var_y);
    return var_0;
}


// warpsynth/expect_checks.py:7
static CUDA_CALLABLE void adj_check_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def check(x: float, y: float):                                                         <L 8>
    // wp.expect_eq(x, y)                                                                     <L 9>
    wp::expect_eq(var_x, var_y);
    // return x + y                                                                           <L 10>
    var_0 = wp::add(var_x, var_y);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_add(var_x, var_y, adj_x, adj_y, adj_0);
    // adj: return x + y                                                                      <L 10>
    // adj: wp.expect_eq(x, y)                                                                <L 9>
    // adj: def check(x: float, y: float):                                                    <L 8>
    return;
}



extern "C" __global__ void near_56c94971_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> var_m,
    wp::array_t<wp::quat_t<wp::float32>> var_q)
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
        const wp::float32 var_2 = 1.0;
        const wp::float32 var_3 = 1e-06;
        wp::float32 var_4;
        wp::float32* var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = 0.01;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        const wp::float32 var_10 = 1.0;
        const wp::float32 var_11 = 2.0;
        const wp::float32 var_12 = 3.0;
        wp::vec_t<3, wp::float32> var_13;
        const wp::float32 var_14 = 0.001;
        wp::vec_t<3, wp::float32> var_15;
        wp::mat_t<2, 2, wp::float64>* var_16;
        wp::mat_t<2, 2, wp::float64>* var_17;
        wp::float64 var_18;
        wp::mat_t<2, 2, wp::float64> var_19;
        wp::mat_t<2, 2, wp::float64> var_20;
        wp::quat_t<wp::float32>* var_21;
        wp::quat_t<wp::float32> var_22;
        const wp::float32 var_23 = 1e-06;
        wp::quat_t<wp::float32> var_24;
        //---------
        // forward
        // def near(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22d), q: wp.array(dtype=wp.quat)):       <L 28>
        // i = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // wp.expect_near(a[i], 1.0)                                                              <L 30>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        wp::expect_near(var_4, var_2, var_3);
        // wp.expect_near(a[i], 1.0, 0.01)                                                        <L 31>
        var_5 = wp::address(var_a, var_0);
        var_8 = wp::load(var_5);
        wp::expect_near(var_8, var_6, var_7);
        // wp.expect_near(v[i], wp.vec3(1.0, 2.0, 3.0), 1e-3)                                     <L 32>
        var_9 = wp::address(var_v, var_0);
        var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
        var_15 = wp::load(var_9);
        wp::expect_near(var_15, var_13, var_14);
        // wp.expect_near(m[i], m[i], wp.float64(0.5))                                            <L 33>
        var_16 = wp::address(var_m, var_0);
        var_17 = wp::address(var_m, var_0);
        var_18 = 0.5;
        var_19 = wp::load(var_16);
        var_20 = wp::load(var_17);
        wp::expect_near(var_19, var_20, var_18);
        // wp.expect_near(q[i], wp.quat_identity())                                               <L 34>
        var_21 = wp::address(var_q, var_0);
        var_22 = wp::quat_identity<wp::float32>();
        var_24 = wp::load(var_21);
        wp::expect_near(var_24, var_22, var_23);
    }
}



extern "C" __global__ void near_56c94971_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> var_m,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> adj_m,
    wp::array_t<wp::quat_t<wp::float32>> adj_q)
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
        const wp::float32 var_2 = 1.0;
        const wp::float32 var_3 = 1e-06;
        wp::float32 var_4;
        wp::float32* var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = 0.01;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        const wp::float32 var_10 = 1.0;
        const wp::float32 var_11 = 2.0;
        const wp::float32 var_12 = 3.0;
        wp::vec_t<3, wp::float32> var_13;
        const wp::float32 var_14 = 0.001;
        wp::vec_t<3, wp::float32> var_15;
        wp::mat_t<2, 2, wp::float64>* var_16;
        wp::mat_t<2, 2, wp::float64>* var_17;
        wp::float64 var_18;
        wp::mat_t<2, 2, wp::float64> var_19;
        wp::mat_t<2, 2, wp::float64> var_20;
        wp::quat_t<wp::float32>* var_21;
        wp::quat_t<wp::float32> var_22;
        const wp::float32 var_23 = 1e-06;
        wp::quat_t<wp::float32> var_24;
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
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::mat_t<2, 2, wp::float64> adj_16 = {};
        wp::mat_t<2, 2, wp::float64> adj_17 = {};
        wp::float64 adj_18 = {};
        wp::mat_t<2, 2, wp::float64> adj_19 = {};
        wp::mat_t<2, 2, wp::float64> adj_20 = {};
        wp::quat_t<wp::float32> adj_21 = {};
        wp::quat_t<wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::quat_t<wp::float32> adj_24 = {};
        //---------
        // forward
        // def near(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22d), q: wp.array(dtype=wp.quat)):       <L 28>
        // i = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // wp.expect_near(a[i], 1.0)                                                              <L 30>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        wp::expect_near(var_4, var_2, var_3);
        // wp.expect_near(a[i], 1.0, 0.01)                                                        <L 31>
        var_5 = wp::address(var_a, var_0);
        var_8 = wp::load(var_5);
        wp::expect_near(var_8, var_6, var_7);
        // wp.expect_near(v[i], wp.vec3(1.0, 2.0, 3.0), 1e-3)                                     <L 32>
        var_9 = wp::address(var_v, var_0);
        var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
        var_15 = wp::load(var_9);
        wp::expect_near(var_15, var_13, var_14);
        // wp.expect_near(m[i], m[i], wp.float64(0.5))                                            <L 33>
        var_16 = wp::address(var_m, var_0);
        var_17 = wp::address(var_m, var_0);
        var_18 = 0.5;
        var_19 = wp::load(var_16);
        var_20 = wp::load(var_17);
        wp::expect_near(var_19, var_20, var_18);
        // wp.expect_near(q[i], wp.quat_identity())                                               <L 34>
        var_21 = wp::address(var_q, var_0);
        var_22 = wp::quat_identity<wp::float32>();
        var_24 = wp::load(var_21);
        wp::expect_near(var_24, var_22, var_23);
        //---------
        // reverse
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_21);
        // adj: wp.expect_near(q[i], wp.quat_identity())                                          <L 34>
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_17);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_16);
        // adj: wp.expect_near(m[i], m[i], wp.float64(0.5))                                       <L 33>
        wp::adj_vec_t(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_9);
        // adj: wp.expect_near(v[i], wp.vec3(1.0, 2.0, 3.0), 1e-3)                                <L 32>
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
        // adj: wp.expect_near(a[i], 1.0, 0.01)                                                   <L 31>
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: wp.expect_near(a[i], 1.0)                                                         <L 30>
        // adj: i = wp.tid()                                                                      <L 29>
        // adj: def near(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22d), q: wp.array(dtype=wp.quat)):  <L 28>
        continue;
    }
}



extern "C" __global__ void k_931330f0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> var_m,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::int32 var_n)
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
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        const wp::int32 var_4 = 3;
        wp::vec_t<3, wp::float32>* var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = 2.0;
        const wp::float32 var_8 = 3.0;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::mat_t<2, 2, wp::float64>* var_11;
        wp::mat_t<2, 2, wp::float64>* var_12;
        wp::mat_t<2, 2, wp::float64> var_13;
        wp::mat_t<2, 2, wp::float64> var_14;
        wp::quat_t<wp::float32>* var_15;
        wp::quat_t<wp::float32> var_16;
        wp::quat_t<wp::float32> var_17;
        const wp::int32 var_18 = 2;
        bool var_19;
        const bool var_20 = true;
        wp::float32* var_21;
        const wp::float32 var_22 = 2.0;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::transform_t<wp::float32> var_25;
        //---------
        // forward
        // def k(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22d), q: wp.array(dtype=wp.quat), n: int):       <L 14>
        // i = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // wp.expect_eq(a[i], 1.0)                                                                <L 16>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        wp::expect_eq(var_3, var_2);
        // wp.expect_neq(n, 3)                                                                    <L 17>
        wp::expect_neq(var_n, var_4);
        // wp.expect_eq(v[i], wp.vec3(1.0, 2.0, 3.0))                                             <L 18>
        var_5 = wp::address(var_v, var_0);
        var_9 = wp::vec_t<3, wp::float32>(var_6, var_7, var_8);
        var_10 = wp::load(var_5);
        wp::expect_eq(var_10, var_9);
        // wp.expect_neq(m[i], m[i])                                                              <L 19>
        var_11 = wp::address(var_m, var_0);
        var_12 = wp::address(var_m, var_0);
        var_13 = wp::load(var_11);
        var_14 = wp::load(var_12);
        wp::expect_neq(var_13, var_14);
        // wp.expect_eq(q[i], wp.quat_identity())                                                 <L 20>
        var_15 = wp::address(var_q, var_0);
        var_16 = wp::quat_identity<wp::float32>();
        var_17 = wp::load(var_15);
        wp::expect_eq(var_17, var_16);
        // wp.expect_eq(n > 2, True)                                                              <L 21>
        var_19 = (var_n > var_18);
        wp::expect_eq(var_19, var_20);
        // a[i] = check(a[i], 2.0)                                                                <L 22>
        var_21 = wp::address(var_a, var_0);
        var_24 = wp::load(var_21);
        var_23 = check_0(var_24, var_22);
        wp::array_store(var_a, var_0, var_23);
        // t = wp.transform_identity()                                                            <L 23>
        var_25 = wp::transform_identity<wp::float32>();
        // wp.expect_eq(t, t)                                                                     <L 24>
        wp::expect_eq(var_25, var_25);
    }
}



extern "C" __global__ void k_931330f0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> var_m,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::int32 var_n,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> adj_m,
    wp::array_t<wp::quat_t<wp::float32>> adj_q,
    wp::int32 adj_n)
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
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        const wp::int32 var_4 = 3;
        wp::vec_t<3, wp::float32>* var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = 2.0;
        const wp::float32 var_8 = 3.0;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::mat_t<2, 2, wp::float64>* var_11;
        wp::mat_t<2, 2, wp::float64>* var_12;
        wp::mat_t<2, 2, wp::float64> var_13;
        wp::mat_t<2, 2, wp::float64> var_14;
        wp::quat_t<wp::float32>* var_15;
        wp::quat_t<wp::float32> var_16;
        wp::quat_t<wp::float32> var_17;
        const wp::int32 var_18 = 2;
        bool var_19;
        const bool var_20 = true;
        wp::float32* var_21;
        const wp::float32 var_22 = 2.0;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::transform_t<wp::float32> var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::mat_t<2, 2, wp::float64> adj_11 = {};
        wp::mat_t<2, 2, wp::float64> adj_12 = {};
        wp::mat_t<2, 2, wp::float64> adj_13 = {};
        wp::mat_t<2, 2, wp::float64> adj_14 = {};
        wp::quat_t<wp::float32> adj_15 = {};
        wp::quat_t<wp::float32> adj_16 = {};
        wp::quat_t<wp::float32> adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        bool adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::transform_t<wp::float32> adj_25 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22d), q: wp.array(dtype=wp.quat), n: int):       <L 14>
        // i = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // wp.expect_eq(a[i], 1.0)                                                                <L 16>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        wp::expect_eq(var_3, var_2);
        // wp.expect_neq(n, 3)                                                                    <L 17>
        wp::expect_neq(var_n, var_4);
        // wp.expect_eq(v[i], wp.vec3(1.0, 2.0, 3.0))                                             <L 18>
        var_5 = wp::address(var_v, var_0);
        var_9 = wp::vec_t<3, wp::float32>(var_6, var_7, var_8);
        var_10 = wp::load(var_5);
        wp::expect_eq(var_10, var_9);
        // wp.expect_neq(m[i], m[i])                                                              <L 19>
        var_11 = wp::address(var_m, var_0);
        var_12 = wp::address(var_m, var_0);
        var_13 = wp::load(var_11);
        var_14 = wp::load(var_12);
        wp::expect_neq(var_13, var_14);
        // wp.expect_eq(q[i], wp.quat_identity())                                                 <L 20>
        var_15 = wp::address(var_q, var_0);
        var_16 = wp::quat_identity<wp::float32>();
        var_17 = wp::load(var_15);
        wp::expect_eq(var_17, var_16);
        // wp.expect_eq(n > 2, True)                                                              <L 21>
        var_19 = (var_n > var_18);
        wp::expect_eq(var_19, var_20);
        // a[i] = check(a[i], 2.0)                                                                <L 22>
        var_21 = wp::address(var_a, var_0);
        var_24 = wp::load(var_21);
        var_23 = check_0(var_24, var_22);
        // wp::array_store(var_a, var_0, var_23);
        // t = wp.transform_identity()                                                            <L 23>
        var_25 = wp::transform_identity<wp::float32>();
        // wp.expect_eq(t, t)                                                                     <L 24>
        wp::expect_eq(var_25, var_25);
        //---------
        // reverse
        // adj: wp.expect_eq(t, t)                                                                <L 24>
        // adj: t = wp.transform_identity()                                                       <L 23>
        wp::adj_array_store(var_a, var_0, var_23, adj_a, adj_0, adj_23);
        adj_check_0(var_24, var_22, adj_21, adj_22, adj_23);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_21);
        // adj: a[i] = check(a[i], 2.0)                                                           <L 22>
        // adj: wp.expect_eq(n > 2, True)                                                         <L 21>
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_15);
        // adj: wp.expect_eq(q[i], wp.quat_identity())                                            <L 20>
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_12);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_11);
        // adj: wp.expect_neq(m[i], m[i])                                                         <L 19>
        wp::adj_vec_t(var_6, var_7, var_8, adj_6, adj_7, adj_8, adj_9);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_5);
        // adj: wp.expect_eq(v[i], wp.vec3(1.0, 2.0, 3.0))                                        <L 18>
        // adj: wp.expect_neq(n, 3)                                                               <L 17>
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: wp.expect_eq(a[i], 1.0)                                                           <L 16>
        // adj: i = wp.tid()                                                                      <L 15>
        // adj: def k(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22d), q: wp.array(dtype=wp.quat), n: int):  <L 14>
        continue;
    }
}

