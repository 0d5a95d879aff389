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


// warpsynth/generic_return_annotation.py:0
static CUDA_CALLABLE wp::float32 twice_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def twice(x: Any) -> float:                                                            <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    return var_0;
}


// warpsynth/generic_return_annotation.py:0
static CUDA_CALLABLE wp::float32 same_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    //---------
    // forward
    // def same(x: Any) -> Any:                                                               <L 1>
    // return x                                                                               <L 2>
    return var_x;
}


// warpsynth/generic_return_annotation.py:0
static CUDA_CALLABLE wp::vec_t<3, wp::float32> twice_0(
    wp::vec_t<3, wp::float32> var_x)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // forward
    // def twice(x: Any) -> float:                                                            <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    return var_0;
}


// warpsynth/generic_return_annotation.py:0
static CUDA_CALLABLE wp::vec_t<3, wp::float32> same_0(
    wp::vec_t<3, wp::float32> var_x)
{
    //---------
    // primal vars
    //---------
    // forward
    // def same(x: Any) -> Any:                                                               <L 1>
    // return x                                                                               <L 2>
    return var_x;
}


// warpsynth/generic_return_annotation.py:0
static CUDA_CALLABLE wp::array_t<wp::int32> identity_0(
    wp::array_t<wp::int32> var_a)
{
    //---------
    // primal vars
    //---------
    // forward
    // def identity(a: wp.array[Any]) -> wp.array[Any]:                                       <L 1>
    // return a                                                                               <L 2>
    return var_a;
}


// warpsynth/generic_return_annotation.py:0
static CUDA_CALLABLE wp::int32 twice_0(
    wp::int32 var_x)
{
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // forward
    // def twice(x: Any) -> float:                                                            <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    return var_0;
}


// warpsynth/generic_return_annotation.py:0
static CUDA_CALLABLE wp::array_t<wp::float32> identity_0(
    wp::array_t<wp::float32> var_a)
{
    //---------
    // primal vars
    //---------
    // forward
    // def identity(a: wp.array[Any]) -> wp.array[Any]:                                       <L 1>
    // return a                                                                               <L 2>
    return var_a;
}


// warpsynth/generic_return_annotation.py:0
static CUDA_CALLABLE void adj_twice_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
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
    // def twice(x: Any) -> float:                                                            <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_add(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x + x                                                                      <L 2>
    // adj: def twice(x: Any) -> float:                                                       <L 1>
    return;
}


// warpsynth/generic_return_annotation.py:0
static CUDA_CALLABLE void adj_same_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    //---------
    // dual vars
    //---------
    // forward
    // def same(x: Any) -> Any:                                                               <L 1>
    // return x                                                                               <L 2>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_x += adj_ret;
    // adj: return x                                                                          <L 2>
    // adj: def same(x: Any) -> Any:                                                          <L 1>
    return;
}


// warpsynth/generic_return_annotation.py:0
static CUDA_CALLABLE void adj_twice_0(
    wp::vec_t<3, wp::float32> var_x,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    //---------
    // forward
    // def twice(x: Any) -> float:                                                            <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_add(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x + x                                                                      <L 2>
    // adj: def twice(x: Any) -> float:                                                       <L 1>
    return;
}


// warpsynth/generic_return_annotation.py:0
static CUDA_CALLABLE void adj_same_0(
    wp::vec_t<3, wp::float32> var_x,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    //---------
    // dual vars
    //---------
    // forward
    // def same(x: Any) -> Any:                                                               <L 1>
    // return x                                                                               <L 2>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_x += adj_ret;
    // adj: return x                                                                          <L 2>
    // adj: def same(x: Any) -> Any:                                                          <L 1>
    return;
}


// warpsynth/generic_return_annotation.py:0
static CUDA_CALLABLE void adj_identity_0(
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> & adj_a,
    wp::array_t<wp::int32> & adj_ret)
{
    //---------
    // primal vars
    //---------
    // dual vars
    //---------
    // forward
    // def identity(a: wp.array[Any]) -> wp.array[Any]:                                       <L 1>
    // return a                                                                               <L 2>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_a += adj_ret;
    // adj: return a                                                                          <L 2>
    // adj: def identity(a: wp.array[Any]) -> wp.array[Any]:                                  <L 1>
    return;
}


// warpsynth/generic_return_annotation.py:0
static CUDA_CALLABLE void adj_twice_0(
    wp::int32 var_x,
    wp::int32 & adj_x,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    //---------
    // forward
    // def twice(x: Any) -> float:                                                            <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_add(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x + x                                                                      <L 2>
    // adj: def twice(x: Any) -> float:                                                       <L 1>
    return;
}


// warpsynth/generic_return_annotation.py:0
static CUDA_CALLABLE void adj_identity_0(
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> & adj_a,
    wp::array_t<wp::float32> & adj_ret)
{
    //---------
    // primal vars
    //---------
    // dual vars
    //---------
    // forward
    // def identity(a: wp.array[Any]) -> wp.array[Any]:                                       <L 1>
    // return a                                                                               <L 2>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_a += adj_ret;
    // adj: return a                                                                          <L 2>
    // adj: def identity(a: wp.array[Any]) -> wp.array[Any]:                                  <L 1>
    return;
}



extern "C" __global__ void k_b95b9c65_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_f,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::int32> var_n)
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
        const wp::int32 var_4 = 0;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::array_t<wp::int32> var_17;
        const wp::int32 var_18 = 0;
        wp::int32* var_19;
        const wp::int32 var_20 = 1;
        wp::int32* var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::array_t<wp::float32> var_26;
        const wp::float32 var_27 = 1.0;
        //---------
        // forward
        // def k(f: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int)):       <L 24>
        // i = wp.tid()                                                                           <L 25>
        var_0 = builtin_tid1d();
        // f[i] = twice(f[i]) + same(f[0])                                                        <L 26>
        var_1 = wp::address(var_f, var_0);
        var_3 = wp::load(var_1);
        var_2 = twice_0(var_3);
        var_5 = wp::address(var_f, var_4);
        var_7 = wp::load(var_5);
        var_6 = same_0(var_7);
        var_8 = wp::add(var_2, var_6);
        wp::array_store(var_f, var_0, var_8);
        // v[i] = twice(v[i]) + same(v[0])                                                        <L 28>
        var_9 = wp::address(var_v, var_0);
        var_11 = wp::load(var_9);
        var_10 = twice_0(var_11);
        var_13 = wp::address(var_v, var_12);
        var_15 = wp::load(var_13);
        var_14 = same_0(var_15);
        var_16 = wp::add(var_10, var_14);
        wp::array_store(var_v, var_0, var_16);
        // n[i] = identity(n)[0] + twice(n[1])                                                    <L 29>
        var_17 = identity_0(var_n);
        var_19 = wp::address(var_17, var_18);
        var_21 = wp::address(var_n, var_20);
        var_23 = wp::load(var_21);
        var_22 = twice_0(var_23);
        var_25 = wp::load(var_19);
        var_24 = wp::add(var_25, var_22);
        wp::array_store(var_n, var_0, var_24);
        // g = identity(f)                                                                        <L 30>
        var_26 = identity_0(var_f);
        // g[i] = 1.0                                                                             <L 31>
        wp::array_store(var_26, var_0, var_27);
    }
}



extern "C" __global__ void k_b95b9c65_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_f,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::int32> var_n,
    wp::array_t<wp::float32> adj_f,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::int32> adj_n)
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
        const wp::int32 var_4 = 0;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::array_t<wp::int32> var_17;
        const wp::int32 var_18 = 0;
        wp::int32* var_19;
        const wp::int32 var_20 = 1;
        wp::int32* var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::array_t<wp::float32> var_26;
        const wp::float32 var_27 = 1.0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::array_t<wp::int32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::array_t<wp::float32> adj_26 = {};
        wp::float32 adj_27 = {};
        //---------
        // forward
        // def k(f: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int)):       <L 24>
        // i = wp.tid()                                                                           <L 25>
        var_0 = builtin_tid1d();
        // f[i] = twice(f[i]) + same(f[0])                                                        <L 26>
        var_1 = wp::address(var_f, var_0);
        var_3 = wp::load(var_1);
        var_2 = twice_0(var_3);
        var_5 = wp::address(var_f, var_4);
        var_7 = wp::load(var_5);
        var_6 = same_0(var_7);
        var_8 = wp::add(var_2, var_6);
        // wp::array_store(var_f, var_0, var_8);
        // v[i] = twice(v[i]) + same(v[0])                                                        <L 28>
        var_9 = wp::address(var_v, var_0);
        var_11 = wp::load(var_9);
        var_10 = twice_0(var_11);
        var_13 = wp::address(var_v, var_12);
        var_15 = wp::load(var_13);
        var_14 = same_0(var_15);
        var_16 = wp::add(var_10, var_14);
        // wp::array_store(var_v, var_0, var_16);
        // n[i] = identity(n)[0] + twice(n[1])                                                    <L 29>
        var_17 = identity_0(var_n);
        var_19 = wp::address(var_17, var_18);
        var_21 = wp::address(var_n, var_20);
        var_23 = wp::load(var_21);
        var_22 = twice_0(var_23);
        var_25 = wp::load(var_19);
        var_24 = wp::add(var_25, var_22);
        // wp::array_store(var_n, var_0, var_24);
        // g = identity(f)                                                                        <L 30>
        var_26 = identity_0(var_f);
        // g[i] = 1.0                                                                             <L 31>
        // wp::array_store(var_26, var_0, var_27);
        //---------
        // reverse
        wp::adj_array_store(var_26, var_0, var_27, adj_26, adj_0, adj_27);
        // adj: g[i] = 1.0                                                                        <L 31>
        adj_identity_0(var_f, adj_f, adj_26);
        // adj: g = identity(f)                                                                   <L 30>
        wp::adj_array_store(var_n, var_0, var_24, adj_n, adj_0, adj_24);
        wp::adj_add(var_25, var_22, adj_19, adj_22, adj_24);
        adj_twice_0(var_23, adj_21, adj_22);
        wp::adj_address(var_n, var_20, adj_n, adj_20, adj_21);
        wp::adj_address(var_17, var_18, adj_17, adj_18, adj_19);
        adj_identity_0(var_n, adj_n, adj_17);
        // adj: n[i] = identity(n)[0] + twice(n[1])                                               <L 29>
        wp::adj_array_store(var_v, var_0, var_16, adj_v, adj_0, adj_16);
        wp::adj_add(var_10, var_14, adj_10, adj_14, adj_16);
        adj_same_0(var_15, adj_13, adj_14);
        wp::adj_address(var_v, var_12, adj_v, adj_12, adj_13);
        adj_twice_0(var_11, adj_9, adj_10);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_9);
        // adj: v[i] = twice(v[i]) + same(v[0])                                                   <L 28>
        wp::adj_array_store(var_f, var_0, var_8, adj_f, adj_0, adj_8);
        wp::adj_add(var_2, var_6, adj_2, adj_6, adj_8);
        adj_same_0(var_7, adj_5, adj_6);
        wp::adj_address(var_f, var_4, adj_f, adj_4, adj_5);
        adj_twice_0(var_3, adj_1, adj_2);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
        // adj: f[i] = twice(f[i]) + same(f[0])                                                   <L 26>
        // adj: i = wp.tid()                                                                      <L 25>
        // adj: def k(f: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int)):  <L 24>
        continue;
    }
}

