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



extern "C" __global__ void k_1be96c15_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float64> var_d)
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
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 2;
        const wp::int32 var_9 = 0;
        const wp::float32 var_10 = 1.0;
        const wp::float32 var_11 = 2.0;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 1;
        const wp::float32 var_19 = 100.0;
        const wp::float32 var_20 = -3.0;
        const wp::float32 var_21 = 0.5;
        wp::vec_t<3, wp::float64> var_22;
        const wp::float64 var_23 = 100.0;
        const wp::float64 var_24 = -3.0;
        const wp::float64 var_25 = 0.5;
        wp::float64 var_26;
        wp::float64 var_27;
        wp::float64 var_28;
        wp::vec_t<3, wp::float64> var_29;
        wp::int64 var_30;
        wp::int64 var_31;
        wp::uint64 var_32;
        wp::float64 var_33;
        wp::float64 var_34;
        const wp::float32 var_35 = 0.5;
        wp::float32 var_36;
        const wp::int32 var_37 = 3;
        wp::int32 var_38;
        wp::float64 var_39;
        const wp::int32 var_40 = 0;
        wp::float64 var_41;
        wp::float64 var_42;
        const wp::int32 var_43 = 1;
        wp::float64 var_44;
        wp::float64 var_45;
        //---------
        // forward
        // def k(a: wp.array(dtype=float), d: wp.array(dtype=wp.float64)):                        <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // v = wp.vec3(1.0, 2.0, 3.0)                                                             <L 6>
        var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
        // v[2] = a[i]                                                                            <L 7>
        var_5 = wp::address(var_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        wp::assign_inplace(var_4, var_8, var_6);
        // v[0] += 1.0                                                                            <L 8>
        wp::add_inplace(var_4, var_9, var_10);
        // v.x = 2.0                                                                              <L 9>
        wp::assign_inplace(var_4, var_12, var_11);
        // v.y += a[i]                                                                            <L 10>
        var_14 = wp::extract(var_4, var_13);
        var_15 = wp::address(var_a, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::add(var_14, var_17);
        wp::assign_inplace(var_4, var_18, var_16);
        // q = wp.vec3d(100.0, -3.0, 0.5)                                                         <L 11>
        var_22 = wp::vec_t<3, wp::float64>(var_23, var_24, var_25);
        // w = wp.vec3d(wp.float64(1.5), wp.float64(2.0), wp.float64(-3.0))                       <L 12>
        var_26 = 1.5;
        var_27 = 2.0;
        var_28 = -3.0;
        var_29 = wp::vec_t<3, wp::float64>(var_26, var_27, var_28);
        // x = wp.int64(5.9)                                                                      <L 13>
        var_30 = 5.9;
        // y = wp.int64(7)                                                                        <L 14>
        var_31 = 7ll;
        // z = wp.uint64(61)                                                                      <L 15>
        var_32 = 61ull;
        // f = wp.float64(2)                                                                      <L 16>
        var_33 = 2;
        // g = wp.float64(-0.71)                                                                  <L 17>
        var_34 = -0.71;
        // h = wp.float32(0.5)                                                                    <L 18>
        var_36 = wp::float32(var_35);
        // j = wp.int32(3)                                                                        <L 19>
        var_38 = wp::int32(var_37);
        // d[i] = f + g + q[0] + w[1]                                                             <L 20>
        var_39 = wp::add(var_33, var_34);
        var_41 = wp::extract(var_22, var_40);
        var_42 = wp::add(var_39, var_41);
        var_44 = wp::extract(var_29, var_43);
        var_45 = wp::add(var_42, var_44);
        wp::array_store(var_d, var_0, var_45);
    }
}



extern "C" __global__ void k_1be96c15_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float64> var_d,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float64> adj_d)
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
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 2;
        const wp::int32 var_9 = 0;
        const wp::float32 var_10 = 1.0;
        const wp::float32 var_11 = 2.0;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 1;
        const wp::float32 var_19 = 100.0;
        const wp::float32 var_20 = -3.0;
        const wp::float32 var_21 = 0.5;
        wp::vec_t<3, wp::float64> var_22;
        const wp::float64 var_23 = 100.0;
        const wp::float64 var_24 = -3.0;
        const wp::float64 var_25 = 0.5;
        wp::float64 var_26;
        wp::float64 var_27;
        wp::float64 var_28;
        wp::vec_t<3, wp::float64> var_29;
        wp::int64 var_30;
        wp::int64 var_31;
        wp::uint64 var_32;
        wp::float64 var_33;
        wp::float64 var_34;
        const wp::float32 var_35 = 0.5;
        wp::float32 var_36;
        const wp::int32 var_37 = 3;
        wp::int32 var_38;
        wp::float64 var_39;
        const wp::int32 var_40 = 0;
        wp::float64 var_41;
        wp::float64 var_42;
        const wp::int32 var_43 = 1;
        wp::float64 var_44;
        wp::float64 var_45;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float64> adj_22 = {};
        wp::float64 adj_23 = {};
        wp::float64 adj_24 = {};
        wp::float64 adj_25 = {};
        wp::float64 adj_26 = {};
        wp::float64 adj_27 = {};
        wp::float64 adj_28 = {};
        wp::vec_t<3, wp::float64> adj_29 = {};
        wp::int64 adj_30 = {};
        wp::int64 adj_31 = {};
        wp::uint64 adj_32 = {};
        wp::float64 adj_33 = {};
        wp::float64 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float64 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float64 adj_41 = {};
        wp::float64 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float64 adj_44 = {};
        wp::float64 adj_45 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float), d: wp.array(dtype=wp.float64)):                        <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // v = wp.vec3(1.0, 2.0, 3.0)                                                             <L 6>
        var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
        // v[2] = a[i]                                                                            <L 7>
        var_5 = wp::address(var_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        wp::assign_inplace(var_4, var_8, var_6);
        // v[0] += 1.0                                                                            <L 8>
        wp::add_inplace(var_4, var_9, var_10);
        // v.x = 2.0                                                                              <L 9>
        wp::assign_inplace(var_4, var_12, var_11);
        // v.y += a[i]                                                                            <L 10>
        var_14 = wp::extract(var_4, var_13);
        var_15 = wp::address(var_a, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::add(var_14, var_17);
        wp::assign_inplace(var_4, var_18, var_16);
        // q = wp.vec3d(100.0, -3.0, 0.5)                                                         <L 11>
        var_22 = wp::vec_t<3, wp::float64>(var_23, var_24, var_25);
        // w = wp.vec3d(wp.float64(1.5), wp.float64(2.0), wp.float64(-3.0))                       <L 12>
        var_26 = 1.5;
        var_27 = 2.0;
        var_28 = -3.0;
        var_29 = wp::vec_t<3, wp::float64>(var_26, var_27, var_28);
        // x = wp.int64(5.9)                                                                      <L 13>
        var_30 = 5.9;
        // y = wp.int64(7)                                                                        <L 14>
        var_31 = 7ll;
        // z = wp.uint64(61)                                                                      <L 15>
        var_32 = 61ull;
        // f = wp.float64(2)                                                                      <L 16>
        var_33 = 2;
        // g = wp.float64(-0.71)                                                                  <L 17>
        var_34 = -0.71;
        // h = wp.float32(0.5)                                                                    <L 18>
        var_36 = wp::float32(var_35);
        // j = wp.int32(3)                                                                        <L 19>
        var_38 = wp::int32(var_37);
        // d[i] = f + g + q[0] + w[1]                                                             <L 20>
        var_39 = wp::add(var_33, var_34);
        var_41 = wp::extract(var_22, var_40);
        var_42 = wp::add(var_39, var_41);
        var_44 = wp::extract(var_29, var_43);
        var_45 = wp::add(var_42, var_44);
        // wp::array_store(var_d, var_0, var_45);
        //---------
        // reverse
        wp::adj_array_store(var_d, var_0, var_45, adj_d, adj_0, adj_45);
        wp::adj_add(var_42, var_44, adj_42, adj_44, adj_45);
        wp::adj_extract(var_29, var_43, adj_29, adj_43, adj_44);
        wp::adj_add(var_39, var_41, adj_39, adj_41, adj_42);
        wp::adj_extract(var_22, var_40, adj_22, adj_40, adj_41);
        wp::adj_add(var_33, var_34, adj_33, adj_34, adj_39);
        // adj: d[i] = f + g + q[0] + w[1]                                                        <L 20>
        // adj: j = wp.int32(3)                                                                   <L 19>
        wp::adj_float32(var_35, adj_35, adj_36);
        // adj: h = wp.float32(0.5)                                                               <L 18>
        // adj: g = wp.float64(-0.71)                                                             <L 17>
        // adj: f = wp.float64(2)                                                                 <L 16>
        // adj: z = wp.uint64(61)                                                                 <L 15>
        // adj: y = wp.int64(7)                                                                   <L 14>
        // adj: x = wp.int64(5.9)                                                                 <L 13>
        wp::adj_vec_t(var_26, var_27, var_28, adj_26, adj_27, adj_28, adj_29);
        // adj: w = wp.vec3d(wp.float64(1.5), wp.float64(2.0), wp.float64(-3.0))                  <L 12>
        wp::adj_vec_t(var_23, var_24, var_25, adj_23, adj_24, adj_25, adj_22);
        // adj: q = wp.vec3d(100.0, -3.0, 0.5)                                                    <L 11>
        wp::adj_assign_inplace(var_4, var_18, var_16, adj_4, adj_18, adj_16);
        wp::adj_add(var_14, var_17, adj_14, adj_15, adj_16);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_15);
        wp::adj_extract(var_4, var_13, adj_4, adj_13, adj_14);
        // adj: v.y += a[i]                                                                       <L 10>
        wp::adj_assign_inplace(var_4, var_12, var_11, adj_4, adj_12, adj_11);
        // adj: v.x = 2.0                                                                         <L 9>
        wp::adj_add_inplace(var_4, var_9, var_10, adj_4, adj_9, adj_10);
        // adj: v[0] += 1.0                                                                       <L 8>
        wp::adj_assign_inplace(var_4, var_8, var_6, adj_4, adj_8, adj_6);
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
        // adj: v[2] = a[i]                                                                       <L 7>
        wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
        // adj: v = wp.vec3(1.0, 2.0, 3.0)                                                        <L 6>
        // adj: i = wp.tid()                                                                      <L 5>
        // adj: def k(a: wp.array(dtype=float), d: wp.array(dtype=wp.float64)):                   <L 4>
        continue;
    }
}

