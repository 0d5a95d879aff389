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


// warpsynth/func_overloads.py:23
static CUDA_CALLABLE wp::float32 scale_2(
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def scale(x: float, y: float):                                                         <L 24>
    // return x * y                                                                           <L 25>
    var_0 = wp::mul(var_x, var_y);
    return var_0;
}


// warpsynth/func_overloads.py:11
static CUDA_CALLABLE wp::vec_t<3, wp::float32> scale_1(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 3.0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def scale(v: wp.vec3):                                                                 <L 12>
    // return v * 3.0                                                                         <L 13>
    var_1 = wp::mul(var_v, var_0);
    return var_1;
}


// warpsynth/func_overloads.py:33
static CUDA_CALLABLE wp::vec_t<3, wp::float32> twice_0(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    const wp::float32 var_5 = 2.0;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // forward
    // def twice(v: wp.vec3):                                                                 <L 34>
    // return scale(v) + scale(scale(v[0], 0.5), 2.0) * v                                     <L 35>
    var_0 = scale_1(var_v);
    var_2 = wp::extract(var_v, var_1);
    var_4 = scale_2(var_2, var_3);
    var_6 = scale_2(var_4, var_5);
    var_7 = wp::mul(var_6, var_v);
    var_8 = wp::add(var_0, var_7);
    return var_8;
}


// warpsynth/func_overloads.py:28
static CUDA_CALLABLE wp::int32 scale_3(
    wp::int32 var_x)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    //---------
    // forward
    // def scale(x: int):                                                                     <L 29>
    // return x + 1                                                                           <L 30>
    var_1 = wp::add(var_x, var_0);
    return var_1;
}


// warpsynth/func_overloads.py:6
static CUDA_CALLABLE wp::float32 scale_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // forward
    // def scale(x: float):                                                                   <L 7>
    // return x * 2.0                                                                         <L 8>
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// warpsynth/func_overloads.py:46
static CUDA_CALLABLE wp::float32 blend_0(
    wp::int32 var_x,
    wp::float32 var_w)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def blend(x: wp.int32, w: float = 2.0):                                                <L 47>
    // return float(x) * w                                                                    <L 48>
    var_0 = wp::float(var_x);
    var_1 = wp::mul(var_0, var_w);
    return var_1;
}


// warpsynth/func_overloads.py:51
static CUDA_CALLABLE wp::float32 blend_1(
    wp::float32 var_x)
{
    //---------
    // primal vars
    //---------
    // forward
    // def blend(x: float):                                                                   <L 52>
    // return x                                                                               <L 53>
    return var_x;
}


// warpsynth/func_overloads.py:23
static CUDA_CALLABLE void adj_scale_2(
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
    // def scale(x: float, y: float):                                                         <L 24>
    // return x * y                                                                           <L 25>
    var_0 = wp::mul(var_x, var_y);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_y, adj_x, adj_y, adj_0);
    // adj: return x * y                                                                      <L 25>
    // adj: def scale(x: float, y: float):                                                    <L 24>
    return;
}


// warpsynth/func_overloads.py:11
static CUDA_CALLABLE void adj_scale_1(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 3.0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def scale(v: wp.vec3):                                                                 <L 12>
    // return v * 3.0                                                                         <L 13>
    var_1 = wp::mul(var_v, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: return v * 3.0                                                                    <L 13>
    // adj: def scale(v: wp.vec3):                                                            <L 12>
    return;
}


// warpsynth/func_overloads.py:33
static CUDA_CALLABLE void adj_twice_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    const wp::float32 var_5 = 2.0;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    //---------
    // forward
    // def twice(v: wp.vec3):                                                                 <L 34>
    // return scale(v) + scale(scale(v[0], 0.5), 2.0) * v                                     <L 35>
    var_0 = scale_1(var_v);
    var_2 = wp::extract(var_v, var_1);
    var_4 = scale_2(var_2, var_3);
    var_6 = scale_2(var_4, var_5);
    var_7 = wp::mul(var_6, var_v);
    var_8 = wp::add(var_0, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_add(var_0, var_7, adj_0, adj_7, adj_8);
    wp::adj_mul(var_6, var_v, adj_6, adj_v, adj_7);
    adj_scale_2(var_4, var_5, adj_4, adj_5, adj_6);
    adj_scale_2(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_extract(var_v, var_1, adj_v, adj_1, adj_2);
    adj_scale_1(var_v, adj_v, adj_0);
    // adj: return scale(v) + scale(scale(v[0], 0.5), 2.0) * v                                <L 35>
    // adj: def twice(v: wp.vec3):                                                            <L 34>
    return;
}


// warpsynth/func_overloads.py:28
static CUDA_CALLABLE void adj_scale_3(
    wp::int32 var_x,
    wp::int32 & adj_x,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    //---------
    // forward
    // def scale(x: int):                                                                     <L 29>
    // return x + 1                                                                           <L 30>
    var_1 = wp::add(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_add(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x + 1                                                                      <L 30>
    // adj: def scale(x: int):                                                                <L 29>
    return;
}


// warpsynth/func_overloads.py:6
static CUDA_CALLABLE void adj_scale_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def scale(x: float):                                                                   <L 7>
    // return x * 2.0                                                                         <L 8>
    var_1 = wp::mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * 2.0                                                                    <L 8>
    // adj: def scale(x: float):                                                              <L 7>
    return;
}


// warpsynth/func_overloads.py:46
static CUDA_CALLABLE void adj_blend_0(
    wp::int32 var_x,
    wp::float32 var_w,
    wp::int32 & adj_x,
    wp::float32 & adj_w,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def blend(x: wp.int32, w: float = 2.0):                                                <L 47>
    // return float(x) * w                                                                    <L 48>
    var_0 = wp::float(var_x);
    var_1 = wp::mul(var_0, var_w);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_0, var_w, adj_0, adj_w, adj_1);
    wp::adj_float(var_x, adj_x, adj_0);
    // adj: return float(x) * w                                                               <L 48>
    // adj: def blend(x: wp.int32, w: float = 2.0):                                           <L 47>
    return;
}


// warpsynth/func_overloads.py:51
static CUDA_CALLABLE void adj_blend_1(
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
    // def blend(x: float):                                                                   <L 52>
    // return x                                                                               <L 53>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_x += adj_ret;
    // adj: return x                                                                          <L 53>
    // adj: def blend(x: float):                                                              <L 52>
    return;
}



extern "C" __global__ void use_all_34ca66a3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::int32> var_c)
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
        const wp::float32 var_2 = 2.0;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::int32* var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        //---------
        // forward
        // def use_all(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=int)):       <L 39>
        // i = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // a[i] = scale(a[i], 2.0) + scale(y=1.0, x=a[i])                                         <L 41>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = scale_2(var_4, var_2);
        var_6 = wp::address(var_a, var_0);
        var_8 = wp::load(var_6);
        var_7 = scale_2(var_8, var_5);
        var_9 = wp::add(var_3, var_7);
        wp::array_store(var_a, var_0, var_9);
        // b[i] = twice(b[i])                                                                     <L 42>
        var_10 = wp::address(var_b, var_0);
        var_12 = wp::load(var_10);
        var_11 = twice_0(var_12);
        wp::array_store(var_b, var_0, var_11);
        // c[i] = scale(c[i])                                                                     <L 43>
        var_13 = wp::address(var_c, var_0);
        var_15 = wp::load(var_13);
        var_14 = scale_3(var_15);
        wp::array_store(var_c, var_0, var_14);
    }
}



extern "C" __global__ void use_all_34ca66a3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::int32> var_c,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b,
    wp::array_t<wp::int32> adj_c)
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
        const wp::float32 var_2 = 2.0;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::int32* var_13;
        wp::int32 var_14;
        wp::int32 var_15;
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
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        //---------
        // forward
        // def use_all(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=int)):       <L 39>
        // i = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // a[i] = scale(a[i], 2.0) + scale(y=1.0, x=a[i])                                         <L 41>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = scale_2(var_4, var_2);
        var_6 = wp::address(var_a, var_0);
        var_8 = wp::load(var_6);
        var_7 = scale_2(var_8, var_5);
        var_9 = wp::add(var_3, var_7);
        // wp::array_store(var_a, var_0, var_9);
        // b[i] = twice(b[i])                                                                     <L 42>
        var_10 = wp::address(var_b, var_0);
        var_12 = wp::load(var_10);
        var_11 = twice_0(var_12);
        // wp::array_store(var_b, var_0, var_11);
        // c[i] = scale(c[i])                                                                     <L 43>
        var_13 = wp::address(var_c, var_0);
        var_15 = wp::load(var_13);
        var_14 = scale_3(var_15);
        // wp::array_store(var_c, var_0, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_c, var_0, var_14, adj_c, adj_0, adj_14);
        adj_scale_3(var_15, adj_13, adj_14);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_13);
        // adj: c[i] = scale(c[i])                                                                <L 43>
        wp::adj_array_store(var_b, var_0, var_11, adj_b, adj_0, adj_11);
        adj_twice_0(var_12, adj_10, adj_11);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_10);
        // adj: b[i] = twice(b[i])                                                                <L 42>
        wp::adj_array_store(var_a, var_0, var_9, adj_a, adj_0, adj_9);
        wp::adj_add(var_3, var_7, adj_3, adj_7, adj_9);
        adj_scale_2(var_8, var_5, adj_6, adj_5, adj_7);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_6);
        adj_scale_2(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = scale(a[i], 2.0) + scale(y=1.0, x=a[i])                                    <L 41>
        // adj: i = wp.tid()                                                                      <L 40>
        // adj: def use_all(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=int)):  <L 39>
        continue;
    }
}



extern "C" __global__ void use_first_76ff37cc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b)
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
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 1.0;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // forward
        // def use_first(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3)):                   <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // a[i] = scale(a[i])                                                                     <L 19>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = scale_0(var_3);
        wp::array_store(var_a, var_0, var_2);
        // b[i] = scale(b[i]) + wp.vec3(scale(1.0))                                               <L 20>
        var_4 = wp::address(var_b, var_0);
        var_6 = wp::load(var_4);
        var_5 = scale_1(var_6);
        var_8 = scale_0(var_7);
        var_9 = wp::vec_t<3, wp::float32>(var_8);
        var_10 = wp::add(var_5, var_9);
        wp::array_store(var_b, var_0, var_10);
    }
}



extern "C" __global__ void use_first_76ff37cc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b)
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
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 1.0;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        //---------
        // forward
        // def use_first(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3)):                   <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // a[i] = scale(a[i])                                                                     <L 19>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = scale_0(var_3);
        // wp::array_store(var_a, var_0, var_2);
        // b[i] = scale(b[i]) + wp.vec3(scale(1.0))                                               <L 20>
        var_4 = wp::address(var_b, var_0);
        var_6 = wp::load(var_4);
        var_5 = scale_1(var_6);
        var_8 = scale_0(var_7);
        var_9 = wp::vec_t<3, wp::float32>(var_8);
        var_10 = wp::add(var_5, var_9);
        // wp::array_store(var_b, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_b, var_0, var_10, adj_b, adj_0, adj_10);
        wp::adj_add(var_5, var_9, adj_5, adj_9, adj_10);
        wp::adj_vec_t(var_8, adj_8, adj_9);
        adj_scale_0(var_7, adj_7, adj_8);
        adj_scale_1(var_6, adj_4, adj_5);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
        // adj: b[i] = scale(b[i]) + wp.vec3(scale(1.0))                                          <L 20>
        wp::adj_array_store(var_a, var_0, var_2, adj_a, adj_0, adj_2);
        adj_scale_0(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = scale(a[i])                                                                <L 19>
        // adj: i = wp.tid()                                                                      <L 18>
        // adj: def use_first(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3)):              <L 17>
        continue;
    }
}



extern "C" __global__ void defaults_and_order_e4511f8d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a)
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
        wp::float32 var_1;
        const wp::float32 var_2 = 2.0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 3.0;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def defaults_and_order(a: wp.array(dtype=float)):                                      <L 57>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // a[i] = blend(i) + blend(a[i]) + blend(i, 3.0)                                          <L 59>
        var_1 = blend_0(var_0, var_2);
        var_3 = wp::address(var_a, var_0);
        var_5 = wp::load(var_3);
        var_4 = blend_1(var_5);
        var_6 = wp::add(var_1, var_4);
        var_8 = blend_0(var_0, var_7);
        var_9 = wp::add(var_6, var_8);
        wp::array_store(var_a, var_0, var_9);
    }
}



extern "C" __global__ void defaults_and_order_e4511f8d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> adj_a)
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
        wp::float32 var_1;
        const wp::float32 var_2 = 2.0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 3.0;
        wp::float32 var_8;
        wp::float32 var_9;
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
        //---------
        // forward
        // def defaults_and_order(a: wp.array(dtype=float)):                                      <L 57>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // a[i] = blend(i) + blend(a[i]) + blend(i, 3.0)                                          <L 59>
        var_1 = blend_0(var_0, var_2);
        var_3 = wp::address(var_a, var_0);
        var_5 = wp::load(var_3);
        var_4 = blend_1(var_5);
        var_6 = wp::add(var_1, var_4);
        var_8 = blend_0(var_0, var_7);
        var_9 = wp::add(var_6, var_8);
        // wp::array_store(var_a, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_9, adj_a, adj_0, adj_9);
        wp::adj_add(var_6, var_8, adj_6, adj_8, adj_9);
        adj_blend_0(var_0, var_7, adj_0, adj_7, adj_8);
        wp::adj_add(var_1, var_4, adj_1, adj_4, adj_6);
        adj_blend_1(var_5, adj_3, adj_4);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_3);
        adj_blend_0(var_0, var_2, adj_0, adj_2, adj_1);
        // adj: a[i] = blend(i) + blend(a[i]) + blend(i, 3.0)                                     <L 59>
        // adj: i = wp.tid()                                                                      <L 58>
        // adj: def defaults_and_order(a: wp.array(dtype=float)):                                 <L 57>
        continue;
    }
}

