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



extern "C" __global__ void store_958dc101_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::float32> var_values)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 2;
        wp::float32 var_11;
        wp::int32 var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 100;
        wp::int32 var_19;
        const wp::int32 var_20 = 10;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 2;
        wp::int32 var_25;
        wp::range_t var_26;
        wp::int32 var_27;
        const wp::int32 var_28 = 100;
        wp::int32 var_29;
        const wp::int32 var_30 = 10;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        //---------
        // forward
        // def store(volume: wp.uint64, points: wp.array(dtype=wp.vec3), values: wp.array(dtype=float)):       <L 7>
        // tid = wp.tid()                                                                         <L 8>
        var_0 = builtin_tid1d();
        // p = points[tid]                                                                        <L 9>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // i = int(p[0])                                                                          <L 10>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::int(var_5);
        // j = int(p[1])                                                                          <L 11>
        var_8 = wp::extract(var_2, var_7);
        var_9 = wp::int(var_8);
        // k = int(p[2])                                                                          <L 12>
        var_11 = wp::extract(var_2, var_10);
        var_12 = wp::int(var_11);
        // wp.volume_store_f(volume, i, j, k, values[tid])                                        <L 13>
        var_13 = wp::address(var_values, var_0);
        var_14 = wp::load(var_13);
        wp::volume_store_f(var_volume, var_6, var_9, var_12, var_14);
        // wp.volume_store_v(volume, i, j, k, p * values[tid])                                    <L 14>
        var_15 = wp::address(var_values, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_2, var_17);
        wp::volume_store_v(var_volume, var_6, var_9, var_12, var_16);
        // wp.volume_store_i(volume, i, j, k, 100 * i + 10 * j + k)                               <L 15>
        var_19 = wp::mul(var_18, var_6);
        var_21 = wp::mul(var_20, var_9);
        var_22 = wp::add(var_19, var_21);
        var_23 = wp::add(var_22, var_12);
        wp::volume_store_i(var_volume, var_6, var_9, var_12, var_23);
        // for ii in range(i, i + 2):                                                             <L 16>
        var_25 = wp::add(var_6, var_24);
        var_26 = wp::range(var_6, var_25);
        start_for_0:;
            if (iter_cmp(var_26) == 0) goto end_for_0;
            var_27 = wp::iter_next(var_26);
            // wp.volume_store_f(volume, ii, j, k, float(100 * ii + 10 * j + k))                  <L 17>
            var_29 = wp::mul(var_28, var_27);
            var_31 = wp::mul(var_30, var_9);
            var_32 = wp::add(var_29, var_31);
            var_33 = wp::add(var_32, var_12);
            var_34 = wp::float(var_33);
            wp::volume_store_f(var_volume, var_27, var_9, var_12, var_34);
            goto start_for_0;
        end_for_0:;
        // values[tid] = wp.volume_lookup_f(volume, i, j, k)                                      <L 18>
        var_35 = wp::volume_lookup_f(var_volume, var_6, var_9, var_12);
        wp::array_store(var_values, var_0, var_35);
    }
}



extern "C" __global__ void store_958dc101_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::float32> var_values,
    wp::uint64 adj_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::float32> adj_values)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 2;
        wp::float32 var_11;
        wp::int32 var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 100;
        wp::int32 var_19;
        const wp::int32 var_20 = 10;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 2;
        wp::int32 var_25;
        wp::range_t var_26;
        wp::int32 var_27;
        const wp::int32 var_28 = 100;
        wp::int32 var_29;
        const wp::int32 var_30 = 10;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::range_t adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        //---------
        // forward
        // def store(volume: wp.uint64, points: wp.array(dtype=wp.vec3), values: wp.array(dtype=float)):       <L 7>
        // tid = wp.tid()                                                                         <L 8>
        var_0 = builtin_tid1d();
        // p = points[tid]                                                                        <L 9>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // i = int(p[0])                                                                          <L 10>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::int(var_5);
        // j = int(p[1])                                                                          <L 11>
        var_8 = wp::extract(var_2, var_7);
        var_9 = wp::int(var_8);
        // k = int(p[2])                                                                          <L 12>
        var_11 = wp::extract(var_2, var_10);
        var_12 = wp::int(var_11);
        // wp.volume_store_f(volume, i, j, k, values[tid])                                        <L 13>
        var_13 = wp::address(var_values, var_0);
        var_14 = wp::load(var_13);
        wp::volume_store_f(var_volume, var_6, var_9, var_12, var_14);
        // wp.volume_store_v(volume, i, j, k, p * values[tid])                                    <L 14>
        var_15 = wp::address(var_values, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_2, var_17);
        wp::volume_store_v(var_volume, var_6, var_9, var_12, var_16);
        // wp.volume_store_i(volume, i, j, k, 100 * i + 10 * j + k)                               <L 15>
        var_19 = wp::mul(var_18, var_6);
        var_21 = wp::mul(var_20, var_9);
        var_22 = wp::add(var_19, var_21);
        var_23 = wp::add(var_22, var_12);
        wp::volume_store_i(var_volume, var_6, var_9, var_12, var_23);
        // for ii in range(i, i + 2):                                                             <L 16>
        var_25 = wp::add(var_6, var_24);
        var_26 = wp::range(var_6, var_25);
        // values[tid] = wp.volume_lookup_f(volume, i, j, k)                                      <L 18>
        var_35 = wp::volume_lookup_f(var_volume, var_6, var_9, var_12);
        // wp::array_store(var_values, var_0, var_35);
        //---------
        // reverse
        wp::adj_array_store(var_values, var_0, var_35, adj_values, adj_0, adj_35);
        // adj: values[tid] = wp.volume_lookup_f(volume, i, j, k)                                 <L 18>
        var_26 = wp::iter_reverse(var_26);
        start_for_0:;
            if (iter_cmp(var_26) == 0) goto end_for_0;
            var_27 = wp::iter_next(var_26);
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
            // wp.volume_store_f(volume, ii, j, k, float(100 * ii + 10 * j + k))                  <L 17>
            var_29 = wp::mul(var_28, var_27);
            var_31 = wp::mul(var_30, var_9);
            var_32 = wp::add(var_29, var_31);
            var_33 = wp::add(var_32, var_12);
            var_34 = wp::float(var_33);
            wp::volume_store_f(var_volume, var_27, var_9, var_12, var_34);
            wp::adj_float(var_33, adj_33, adj_34);
            wp::adj_add(var_32, var_12, adj_32, adj_12, adj_33);
            wp::adj_add(var_29, var_31, adj_29, adj_31, adj_32);
            wp::adj_mul(var_30, var_9, adj_30, adj_9, adj_31);
            wp::adj_mul(var_28, var_27, adj_28, adj_27, adj_29);
            // adj: wp.volume_store_f(volume, ii, j, k, float(100 * ii + 10 * j + k))             <L 17>
        	goto start_for_0;
        end_for_0:;
        wp::adj_add(var_6, var_24, adj_6, adj_24, adj_25);
        // adj: for ii in range(i, i + 2):                                                        <L 16>
        wp::adj_add(var_22, var_12, adj_22, adj_12, adj_23);
        wp::adj_add(var_19, var_21, adj_19, adj_21, adj_22);
        wp::adj_mul(var_20, var_9, adj_20, adj_9, adj_21);
        wp::adj_mul(var_18, var_6, adj_18, adj_6, adj_19);
        // adj: wp.volume_store_i(volume, i, j, k, 100 * i + 10 * j + k)                          <L 15>
        wp::adj_mul(var_2, var_17, adj_2, adj_15, adj_16);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_15);
        // adj: wp.volume_store_v(volume, i, j, k, p * values[tid])                               <L 14>
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_13);
        // adj: wp.volume_store_f(volume, i, j, k, values[tid])                                   <L 13>
        wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
        // adj: k = int(p[2])                                                                     <L 12>
        wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
        // adj: j = int(p[1])                                                                     <L 11>
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: i = int(p[0])                                                                     <L 10>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: p = points[tid]                                                                   <L 9>
        // adj: tid = wp.tid()                                                                    <L 8>
        // adj: def store(volume: wp.uint64, points: wp.array(dtype=wp.vec3), values: wp.array(dtype=float)):  <L 7>
        continue;
    }
}

