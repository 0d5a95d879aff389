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


// warpsynth/type_aliases.py:17
static CUDA_CALLABLE wp::float32 sum6_0(
    wp::vec_t<6, wp::float32> var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 5;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def sum6(v: vec6f) -> float:                                                           <L 18>
    // return v[0] + v[5]                                                                     <L 19>
    var_1 = wp::extract(var_v, var_0);
    var_3 = wp::extract(var_v, var_2);
    var_4 = wp::add(var_1, var_3);
    return var_4;
}


// warpsynth/type_aliases.py:22
static CUDA_CALLABLE wp::mat_t<2, 3, wp::float64> scale23_0(
    wp::mat_t<2, 3, wp::float64> var_m,
    wp::float64 var_s)
{
    //---------
    // primal vars
    wp::mat_t<2, 3, wp::float64> var_0;
    //---------
    // forward
    // def scale23(m: mat23d, s: wp.float64) -> mat23d:                                       <L 23>
    // return m * s                                                                           <L 24>
    var_0 = wp::mul(var_m, var_s);
    return var_0;
}


// warpsynth/type_aliases.py:17
static CUDA_CALLABLE void adj_sum6_0(
    wp::vec_t<6, wp::float32> var_v,
    wp::vec_t<6, wp::float32> & adj_v,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 5;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def sum6(v: vec6f) -> float:                                                           <L 18>
    // return v[0] + v[5]                                                                     <L 19>
    var_1 = wp::extract(var_v, var_0);
    var_3 = wp::extract(var_v, var_2);
    var_4 = wp::add(var_1, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_add(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_v, var_2, adj_v, adj_2, adj_3);
    wp::adj_extract(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: return v[0] + v[5]                                                                <L 19>
    // adj: def sum6(v: vec6f) -> float:                                                      <L 18>
    return;
}


// warpsynth/type_aliases.py:22
static CUDA_CALLABLE void adj_scale23_0(
    wp::mat_t<2, 3, wp::float64> var_m,
    wp::float64 var_s,
    wp::mat_t<2, 3, wp::float64> & adj_m,
    wp::float64 & adj_s,
    wp::mat_t<2, 3, wp::float64> & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<2, 3, wp::float64> var_0;
    //---------
    // dual vars
    wp::mat_t<2, 3, wp::float64> adj_0 = {};
    //---------
    // forward
    // def scale23(m: mat23d, s: wp.float64) -> mat23d:                                       <L 23>
    // return m * s                                                                           <L 24>
    var_0 = wp::mul(var_m, var_s);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_m, var_s, adj_m, adj_s, adj_0);
    // adj: return m * s                                                                      <L 24>
    // adj: def scale23(m: mat23d, s: wp.float64) -> mat23d:                                  <L 23>
    return;
}



extern "C" __global__ void k_vec6_32622018_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_a,
    wp::array_t<wp::vec_t<6, wp::float32>> var_b,
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
        const wp::float32 var_5 = 5.0;
        const wp::float32 var_6 = 6.0;
        wp::vec_t<6, wp::float32> var_7;
        const wp::float32 var_8 = 0.5;
        wp::vec_t<6, wp::float32> var_9;
        wp::vec_t<6, wp::float32> var_10;
        wp::vec_t<6, wp::float32> var_11;
        wp::vec_t<6, wp::float32>* var_12;
        wp::vec_t<6, wp::float32> var_13;
        wp::vec_t<6, wp::float32> var_14;
        wp::vec_t<6, wp::float32> var_15;
        wp::vec_t<6, wp::float32>* var_16;
        wp::float32 var_17;
        wp::vec_t<6, wp::float32> var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::vec_t<6, wp::float32> var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        //---------
        // forward
        // def k_vec6(                                                                            <L 28>
        // i = wp.tid()                                                                           <L 33>
        var_0 = builtin_tid1d();
        // v = vec6f(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)                                                <L 34>
        var_7 = wp::vec_t<6, wp::float32>({var_1, var_2, var_3, var_4, var_5, var_6});
        // w = vec6(0.5)                                                                          <L 35>
        var_9 = wp::vec_t<6, wp::float32>(var_8);
        // z = vec6f()                                                                            <L 36>
        var_10 = wp::vec_t<6, wp::float32>();
        // a[i] = v + w + b[i] + z                                                                <L 37>
        var_11 = wp::add(var_7, var_9);
        var_12 = wp::address(var_b, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::add(var_11, var_14);
        var_15 = wp::add(var_13, var_10);
        wp::array_store(var_a, var_0, var_15);
        // out[i] = sum6(a[i]) + wp.dot(v, w) + sum6(wp.spatial_vector())                         <L 38>
        var_16 = wp::address(var_a, var_0);
        var_18 = wp::load(var_16);
        var_17 = sum6_0(var_18);
        var_19 = wp::dot(var_7, var_9);
        var_20 = wp::add(var_17, var_19);
        var_21 = wp::vec_t<6, wp::float32>();
        var_22 = sum6_0(var_21);
        var_23 = wp::add(var_20, var_22);
        wp::array_store(var_out, var_0, var_23);
    }
}



extern "C" __global__ void k_vec6_32622018_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_a,
    wp::array_t<wp::vec_t<6, wp::float32>> var_b,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_a,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_b,
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
        const wp::float32 var_5 = 5.0;
        const wp::float32 var_6 = 6.0;
        wp::vec_t<6, wp::float32> var_7;
        const wp::float32 var_8 = 0.5;
        wp::vec_t<6, wp::float32> var_9;
        wp::vec_t<6, wp::float32> var_10;
        wp::vec_t<6, wp::float32> var_11;
        wp::vec_t<6, wp::float32>* var_12;
        wp::vec_t<6, wp::float32> var_13;
        wp::vec_t<6, wp::float32> var_14;
        wp::vec_t<6, wp::float32> var_15;
        wp::vec_t<6, wp::float32>* var_16;
        wp::float32 var_17;
        wp::vec_t<6, wp::float32> var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::vec_t<6, wp::float32> var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<6, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<6, wp::float32> adj_9 = {};
        wp::vec_t<6, wp::float32> adj_10 = {};
        wp::vec_t<6, wp::float32> adj_11 = {};
        wp::vec_t<6, wp::float32> adj_12 = {};
        wp::vec_t<6, wp::float32> adj_13 = {};
        wp::vec_t<6, wp::float32> adj_14 = {};
        wp::vec_t<6, wp::float32> adj_15 = {};
        wp::vec_t<6, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<6, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<6, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        //---------
        // forward
        // def k_vec6(                                                                            <L 28>
        // i = wp.tid()                                                                           <L 33>
        var_0 = builtin_tid1d();
        // v = vec6f(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)                                                <L 34>
        var_7 = wp::vec_t<6, wp::float32>({var_1, var_2, var_3, var_4, var_5, var_6});
        // w = vec6(0.5)                                                                          <L 35>
        var_9 = wp::vec_t<6, wp::float32>(var_8);
        // z = vec6f()                                                                            <L 36>
        var_10 = wp::vec_t<6, wp::float32>();
        // a[i] = v + w + b[i] + z                                                                <L 37>
        var_11 = wp::add(var_7, var_9);
        var_12 = wp::address(var_b, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::add(var_11, var_14);
        var_15 = wp::add(var_13, var_10);
        // wp::array_store(var_a, var_0, var_15);
        // out[i] = sum6(a[i]) + wp.dot(v, w) + sum6(wp.spatial_vector())                         <L 38>
        var_16 = wp::address(var_a, var_0);
        var_18 = wp::load(var_16);
        var_17 = sum6_0(var_18);
        var_19 = wp::dot(var_7, var_9);
        var_20 = wp::add(var_17, var_19);
        var_21 = wp::vec_t<6, wp::float32>();
        var_22 = sum6_0(var_21);
        var_23 = wp::add(var_20, var_22);
        // wp::array_store(var_out, var_0, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_23, adj_out, adj_0, adj_23);
        wp::adj_add(var_20, var_22, adj_20, adj_22, adj_23);
        adj_sum6_0(var_21, adj_21, adj_22);
        wp::adj_add(var_17, var_19, adj_17, adj_19, adj_20);
        wp::adj_dot(var_7, var_9, adj_7, adj_9, adj_19);
        adj_sum6_0(var_18, adj_16, adj_17);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_16);
        // adj: out[i] = sum6(a[i]) + wp.dot(v, w) + sum6(wp.spatial_vector())                    <L 38>
        wp::adj_array_store(var_a, var_0, var_15, adj_a, adj_0, adj_15);
        wp::adj_add(var_13, var_10, adj_13, adj_10, adj_15);
        wp::adj_add(var_11, var_14, adj_11, adj_12, adj_13);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_12);
        wp::adj_add(var_7, var_9, adj_7, adj_9, adj_11);
        // adj: a[i] = v + w + b[i] + z                                                           <L 37>
        // adj: z = vec6f()                                                                       <L 36>
        wp::adj_vec_t(var_8, adj_8, adj_9);
        // adj: w = vec6(0.5)                                                                     <L 35>
        wp::adj_vec_t({var_1, var_2, var_3, var_4, var_5, var_6}, {&adj_1, &adj_2, &adj_3, &adj_4, &adj_5, &adj_6}, adj_7);
        // adj: v = vec6f(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)                                           <L 34>
        // adj: i = wp.tid()                                                                      <L 33>
        // adj: def k_vec6(                                                                       <L 28>
        continue;
    }
}



extern "C" __global__ void k_mat_91e1b725_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::mat_t<2, 3, wp::float64> var_m,
    wp::array_t<wp::mat_t<2, 3, wp::float64>> var_ms,
    wp::array_t<wp::mat_t<2, 2, wp::int32>> var_ints)
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
        wp::mat_t<2, 3, wp::float64> var_1;
        wp::float64 var_2;
        wp::mat_t<2, 3, wp::float64> var_3;
        wp::mat_t<2, 3, wp::float64> var_4;
        const wp::int32 var_5 = 1;
        const wp::int32 var_6 = 2;
        const wp::int32 var_7 = 3;
        const wp::int32 var_8 = 4;
        wp::mat_t<2, 2, wp::int32> var_9;
        //---------
        // forward
        // def k_mat(m: mat23d, ms: wp.array(dtype=mat23d), ints: wp.array(dtype=mat22i)):        <L 51>
        // i = wp.tid()                                                                           <L 52>
        var_0 = builtin_tid1d();
        // z = mat23d()                                                                           <L 53>
        var_1 = wp::mat_t<2, 3, wp::float64>();
        // ms[i] = scale23(m, wp.float64(2.0)) + z                                                <L 54>
        var_2 = 2.0;
        var_3 = scale23_0(var_m, var_2);
        var_4 = wp::add(var_3, var_1);
        wp::array_store(var_ms, var_0, var_4);
        // ints[i] = mat22i(1, 2, 3, 4)                                                           <L 55>
        var_9 = wp::mat_t<2, 2, wp::int32>(var_5, var_6, var_7, var_8);
        wp::array_store(var_ints, var_0, var_9);
    }
}



extern "C" __global__ void k_mat_91e1b725_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::mat_t<2, 3, wp::float64> var_m,
    wp::array_t<wp::mat_t<2, 3, wp::float64>> var_ms,
    wp::array_t<wp::mat_t<2, 2, wp::int32>> var_ints,
    wp::mat_t<2, 3, wp::float64> adj_m,
    wp::array_t<wp::mat_t<2, 3, wp::float64>> adj_ms,
    wp::array_t<wp::mat_t<2, 2, wp::int32>> adj_ints)
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
        wp::mat_t<2, 3, wp::float64> var_1;
        wp::float64 var_2;
        wp::mat_t<2, 3, wp::float64> var_3;
        wp::mat_t<2, 3, wp::float64> var_4;
        const wp::int32 var_5 = 1;
        const wp::int32 var_6 = 2;
        const wp::int32 var_7 = 3;
        const wp::int32 var_8 = 4;
        wp::mat_t<2, 2, wp::int32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<2, 3, wp::float64> adj_1 = {};
        wp::float64 adj_2 = {};
        wp::mat_t<2, 3, wp::float64> adj_3 = {};
        wp::mat_t<2, 3, wp::float64> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::mat_t<2, 2, wp::int32> adj_9 = {};
        //---------
        // forward
        // def k_mat(m: mat23d, ms: wp.array(dtype=mat23d), ints: wp.array(dtype=mat22i)):        <L 51>
        // i = wp.tid()                                                                           <L 52>
        var_0 = builtin_tid1d();
        // z = mat23d()                                                                           <L 53>
        var_1 = wp::mat_t<2, 3, wp::float64>();
        // ms[i] = scale23(m, wp.float64(2.0)) + z                                                <L 54>
        var_2 = 2.0;
        var_3 = scale23_0(var_m, var_2);
        var_4 = wp::add(var_3, var_1);
        // wp::array_store(var_ms, var_0, var_4);
        // ints[i] = mat22i(1, 2, 3, 4)                                                           <L 55>
        var_9 = wp::mat_t<2, 2, wp::int32>(var_5, var_6, var_7, var_8);
        // wp::array_store(var_ints, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_ints, var_0, var_9, adj_ints, adj_0, adj_9);
        wp::adj_mat_t(var_5, var_6, var_7, var_8, adj_5, adj_6, adj_7, adj_8, adj_9);
        // adj: ints[i] = mat22i(1, 2, 3, 4)                                                      <L 55>
        wp::adj_array_store(var_ms, var_0, var_4, adj_ms, adj_0, adj_4);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_4);
        adj_scale23_0(var_m, var_2, adj_m, adj_2, adj_3);
        // adj: ms[i] = scale23(m, wp.float64(2.0)) + z                                           <L 54>
        // adj: z = mat23d()                                                                      <L 53>
        // adj: i = wp.tid()                                                                      <L 52>
        // adj: def k_mat(m: mat23d, ms: wp.array(dtype=mat23d), ints: wp.array(dtype=mat22i)):   <L 51>
        continue;
    }
}



extern "C" __global__ void k_alias_9b1fa0dc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::quat_t<wp::float32> var_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
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
        const wp::float32 var_5 = 0.0;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::float32 var_14 = 0.0;
        const wp::float32 var_15 = 0.0;
        const wp::float32 var_16 = 0.0;
        const wp::float32 var_17 = 1.0;
        wp::quat_t<wp::float32> var_18;
        const wp::int32 var_19 = 0;
        wp::float32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        //---------
        // forward
        // def k_alias(x: wp.array(dtype=V), q: Q, out: wp.array(dtype=W)):                       <L 42>
        // i = wp.tid()                                                                           <L 43>
        var_0 = builtin_tid1d();
        // p = V(1.0, 2.0, 3.0)                                                                   <L 44>
        var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
        // r = wp.vec3(0.0)                                                                       <L 45>
        var_6 = wp::vec_t<3, wp::float32>(var_5);
        // s = W(p)                                                                               <L 46>
        var_7 = wp::vec_t<3, wp::float32>(var_4);
        // out[i] = wp.quat_rotate(q, x[i] + p) + r + s + wp.vec3f(Q(0.0, 0.0, 0.0, 1.0)[0])       <L 47>
        var_8 = wp::address(var_x, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::add(var_10, var_4);
        var_11 = wp::quat_rotate(var_q, var_9);
        var_12 = wp::add(var_11, var_6);
        var_13 = wp::add(var_12, var_7);
        var_18 = wp::quat_t<wp::float32>(var_14, var_15, var_16, var_17);
        var_20 = wp::extract(var_18, var_19);
        var_21 = wp::vec_t<3, wp::float32>(var_20);
        var_22 = wp::add(var_13, var_21);
        wp::array_store(var_out, var_0, var_22);
    }
}



extern "C" __global__ void k_alias_9b1fa0dc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::quat_t<wp::float32> var_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::quat_t<wp::float32> adj_q,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
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
        const wp::float32 var_5 = 0.0;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::float32 var_14 = 0.0;
        const wp::float32 var_15 = 0.0;
        const wp::float32 var_16 = 0.0;
        const wp::float32 var_17 = 1.0;
        wp::quat_t<wp::float32> var_18;
        const wp::int32 var_19 = 0;
        wp::float32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::quat_t<wp::float32> adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        //---------
        // forward
        // def k_alias(x: wp.array(dtype=V), q: Q, out: wp.array(dtype=W)):                       <L 42>
        // i = wp.tid()                                                                           <L 43>
        var_0 = builtin_tid1d();
        // p = V(1.0, 2.0, 3.0)                                                                   <L 44>
        var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
        // r = wp.vec3(0.0)                                                                       <L 45>
        var_6 = wp::vec_t<3, wp::float32>(var_5);
        // s = W(p)                                                                               <L 46>
        var_7 = wp::vec_t<3, wp::float32>(var_4);
        // out[i] = wp.quat_rotate(q, x[i] + p) + r + s + wp.vec3f(Q(0.0, 0.0, 0.0, 1.0)[0])       <L 47>
        var_8 = wp::address(var_x, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::add(var_10, var_4);
        var_11 = wp::quat_rotate(var_q, var_9);
        var_12 = wp::add(var_11, var_6);
        var_13 = wp::add(var_12, var_7);
        var_18 = wp::quat_t<wp::float32>(var_14, var_15, var_16, var_17);
        var_20 = wp::extract(var_18, var_19);
        var_21 = wp::vec_t<3, wp::float32>(var_20);
        var_22 = wp::add(var_13, var_21);
        // wp::array_store(var_out, var_0, var_22);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_22, adj_out, adj_0, adj_22);
        wp::adj_add(var_13, var_21, adj_13, adj_21, adj_22);
        wp::adj_vec_t(var_20, adj_20, adj_21);
        wp::adj_extract(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_quat_t(var_14, var_15, var_16, var_17, adj_14, adj_15, adj_16, adj_17, adj_18);
        wp::adj_add(var_12, var_7, adj_12, adj_7, adj_13);
        wp::adj_add(var_11, var_6, adj_11, adj_6, adj_12);
        wp::adj_quat_rotate(var_q, var_9, adj_q, adj_9, adj_11);
        wp::adj_add(var_10, var_4, adj_8, adj_4, adj_9);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_8);
        // adj: out[i] = wp.quat_rotate(q, x[i] + p) + r + s + wp.vec3f(Q(0.0, 0.0, 0.0, 1.0)[0])  <L 47>
        wp::adj_vec_t(var_4, adj_4, adj_7);
        // adj: s = W(p)                                                                          <L 46>
        wp::adj_vec_t(var_5, adj_5, adj_6);
        // adj: r = wp.vec3(0.0)                                                                  <L 45>
        wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
        // adj: p = V(1.0, 2.0, 3.0)                                                              <L 44>
        // adj: i = wp.tid()                                                                      <L 43>
        // adj: def k_alias(x: wp.array(dtype=V), q: Q, out: wp.array(dtype=W)):                  <L 42>
        continue;
    }
}



extern "C" __global__ void k_half_b6d0f1a8_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<5, wp::float16>> var_h,
    wp::vec_t<5, wp::float16> var_x)
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
        wp::float16 var_2;
        wp::vec_t<5, wp::float16> var_3;
        wp::vec_t<5, wp::float16> var_4;
        //---------
        // forward
        // def k_half(h: wp.array(dtype=vecNh), x: wp.types.vector(5, wp.float16)):               <L 59>
        // i = wp.tid()                                                                           <L 60>
        var_0 = builtin_tid1d();
        // h[i] = vecNh(wp.float16(1.0)) + x                                                      <L 61>
        var_2 = wp::float16(var_1);
        var_3 = wp::vec_t<5, wp::float16>(var_2);
        var_4 = wp::add(var_3, var_x);
        wp::array_store(var_h, var_0, var_4);
    }
}



extern "C" __global__ void k_half_b6d0f1a8_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<5, wp::float16>> var_h,
    wp::vec_t<5, wp::float16> var_x,
    wp::array_t<wp::vec_t<5, wp::float16>> adj_h,
    wp::vec_t<5, wp::float16> adj_x)
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
        wp::float16 var_2;
        wp::vec_t<5, wp::float16> var_3;
        wp::vec_t<5, wp::float16> var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float16 adj_2 = {};
        wp::vec_t<5, wp::float16> adj_3 = {};
        wp::vec_t<5, wp::float16> adj_4 = {};
        //---------
        // forward
        // def k_half(h: wp.array(dtype=vecNh), x: wp.types.vector(5, wp.float16)):               <L 59>
        // i = wp.tid()                                                                           <L 60>
        var_0 = builtin_tid1d();
        // h[i] = vecNh(wp.float16(1.0)) + x                                                      <L 61>
        var_2 = wp::float16(var_1);
        var_3 = wp::vec_t<5, wp::float16>(var_2);
        var_4 = wp::add(var_3, var_x);
        // wp::array_store(var_h, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_h, var_0, var_4, adj_h, adj_0, adj_4);
        wp::adj_add(var_3, var_x, adj_3, adj_x, adj_4);
        wp::adj_vec_t(var_2, adj_2, adj_3);
        wp::adj_float16(var_1, adj_1, adj_2);
        // adj: h[i] = vecNh(wp.float16(1.0)) + x                                                 <L 61>
        // adj: i = wp.tid()                                                                      <L 60>
        // adj: def k_half(h: wp.array(dtype=vecNh), x: wp.types.vector(5, wp.float16)):          <L 59>
        continue;
    }
}

