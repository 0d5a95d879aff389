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


// warpsynth/printf_formats.py:4
static CUDA_CALLABLE wp::float32 report_0(
    wp::float32 var_x,
    wp::int32 var_n)
{
    //---------
    // primal vars
    const wp::str var_0 = "x=%f n=%d\n";
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def report(x: float, n: int):                                                          <L 5>
    // wp.printf("x=%f n=%d\n", x, n)                                                         <L 6>
    printf(var_0, var_x, var_n);
    // return x + float(n)                                                                    <L 7>
    var_1 = wp::float(var_n);
    var_2 = wp::add(var_x, var_1);
    return var_2;
}


// warpsynth/printf_formats.py:4
static CUDA_CALLABLE void adj_report_0(
    wp::float32 var_x,
    wp::int32 var_n,
    wp::float32 & adj_x,
    wp::int32 & adj_n,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::str var_0 = "x=%f n=%d\n";
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::str adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def report(x: float, n: int):                                                          <L 5>
    // wp.printf("x=%f n=%d\n", x, n)                                                         <L 6>
    printf(var_0, var_x, var_n);
    // return x + float(n)                                                                    <L 7>
    var_1 = wp::float(var_n);
    var_2 = wp::add(var_x, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_x, var_1, adj_x, adj_1, adj_2);
    wp::adj_float(var_n, adj_n, adj_1);
    // adj: return x + float(n)                                                               <L 7>
    // adj: wp.printf("x=%f n=%d\n", x, n)                                                    <L 6>
    // adj: def report(x: float, n: int):                                                     <L 5>
    return;
}



extern "C" __global__ void printfs_22efd8ee_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
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
        const wp::str var_1 = "i=%d a=%f\n";
        wp::float32* var_2;
        wp::float32 var_3;
        const wp::str var_4 = "hello\tworld\\ "quoted" \x01\n";
        const wp::str var_5 = "v=%f %f %f\r\n";
        wp::vec_t<3, wp::float32>* var_6;
        const wp::int32 var_7 = 0;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32>* var_14;
        const wp::int32 var_15 = 2;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::str var_18 = "no newline";
        const wp::str var_19 = "two lines %d\n";
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        //---------
        // forward
        // def printfs(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                     <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // wp.printf("i=%d a=%f\n", i, a[i])                                                      <L 13>
        var_2 = wp::address(var_a, var_0);
        var_3 = wp::load(var_2);
        printf(var_1, var_0, var_3);
        // wp.printf('hello\tworld\\ "quoted" \x01\n')                                            <L 14>
        printf(var_4);
        // wp.printf("v=%f %f " "%f\r\n", v[i][0], v[i].y, v[i][2])                               <L 15>
        var_6 = wp::address(var_v, var_0);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_10 = wp::address(var_v, var_0);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_14 = wp::address(var_v, var_0);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        printf(var_5, var_8, var_12, var_16);
        // wp.printf("no newline")                                                                <L 16>
        printf(var_18);
        // wp.printf(                                                                             <L 17>
        // "two "                                                                                 <L 18>
        // i,                                                                                     <L 20>
        printf(var_19, var_0);
        // a[i] = report(a[i], i)                                                                 <L 22>
        var_20 = wp::address(var_a, var_0);
        var_22 = wp::load(var_20);
        var_21 = report_0(var_22, var_0);
        wp::array_store(var_a, var_0, var_21);
    }
}



extern "C" __global__ void printfs_22efd8ee_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> adj_a,
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
        const wp::str var_1 = "i=%d a=%f\n";
        wp::float32* var_2;
        wp::float32 var_3;
        const wp::str var_4 = "hello\tworld\\ "quoted" \x01\n";
        const wp::str var_5 = "v=%f %f %f\r\n";
        wp::vec_t<3, wp::float32>* var_6;
        const wp::int32 var_7 = 0;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32>* var_14;
        const wp::int32 var_15 = 2;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::str var_18 = "no newline";
        const wp::str var_19 = "two lines %d\n";
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::str adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::str adj_4 = {};
        wp::str adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::str adj_18 = {};
        wp::str adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        //---------
        // forward
        // def printfs(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                     <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // wp.printf("i=%d a=%f\n", i, a[i])                                                      <L 13>
        var_2 = wp::address(var_a, var_0);
        var_3 = wp::load(var_2);
        printf(var_1, var_0, var_3);
        // wp.printf('hello\tworld\\ "quoted" \x01\n')                                            <L 14>
        printf(var_4);
        // wp.printf("v=%f %f " "%f\r\n", v[i][0], v[i].y, v[i][2])                               <L 15>
        var_6 = wp::address(var_v, var_0);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_10 = wp::address(var_v, var_0);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_14 = wp::address(var_v, var_0);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        printf(var_5, var_8, var_12, var_16);
        // wp.printf("no newline")                                                                <L 16>
        printf(var_18);
        // wp.printf(                                                                             <L 17>
        // "two "                                                                                 <L 18>
        // i,                                                                                     <L 20>
        printf(var_19, var_0);
        // a[i] = report(a[i], i)                                                                 <L 22>
        var_20 = wp::address(var_a, var_0);
        var_22 = wp::load(var_20);
        var_21 = report_0(var_22, var_0);
        // wp::array_store(var_a, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_21, adj_a, adj_0, adj_21);
        adj_report_0(var_22, var_0, adj_20, adj_0, adj_21);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_20);
        // adj: a[i] = report(a[i], i)                                                            <L 22>
        // adj: i,                                                                                <L 20>
        // adj: "two "                                                                            <L 18>
        // adj: wp.printf(                                                                        <L 17>
        // adj: wp.printf("no newline")                                                           <L 16>
        wp::adj_extract(var_17, var_15, adj_14, adj_15, adj_16);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_14);
        wp::adj_extract(var_13, var_11, adj_10, adj_11, adj_12);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_10);
        wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_6);
        // adj: wp.printf("v=%f %f " "%f\r\n", v[i][0], v[i].y, v[i][2])                          <L 15>
        // adj: wp.printf('hello\tworld\\ "quoted" \x01\n')                                       <L 14>
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
        // adj: wp.printf("i=%d a=%f\n", i, a[i])                                                 <L 13>
        // adj: i = wp.tid()                                                                      <L 12>
        // adj: def printfs(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                <L 11>
        continue;
    }
}

