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



extern "C" __global__ void loaded_component_indices_92d2ae63_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m,
    wp::array_t<wp::int32> var_ks,
    wp::array_t<wp::float32> var_f)
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
        wp::int32* var_5;
        wp::int32 var_6;
        const wp::float32 var_7 = 2.0;
        wp::mat_t<2, 2, wp::float32>* var_8;
        wp::int32* var_9;
        const wp::int32 var_10 = 0;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::float32 var_14 = 1.0;
        const wp::float32 var_15 = 2.0;
        wp::vec_t<2, wp::float32> var_16;
        wp::mat_t<2, 2, wp::float32>* var_17;
        wp::int32* var_18;
        wp::int32 var_19;
        //---------
        // forward
        // def loaded_component_indices(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), ks: wp.array(dtype=int), f: wp.array(dtype=float)):       <L 24>
        // i = wp.tid()                                                                           <L 25>
        var_0 = builtin_tid1d();
        // out[i][ks[i]] = f[i]                                                                   <L 26>
        var_1 = wp::address(var_f, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        var_4 = &(wp::index(var_out, var_0));
        var_5 = wp::address(var_ks, var_0);
        var_6 = wp::load(var_5);
        wp::store(&(wp::index(var_out, var_0).component_ref(var_6)), var_2);
        // m[i][ks[i], ks[0]] = 2.0                                                               <L 27>
        var_8 = &(wp::index(var_m, var_0));
        var_9 = wp::address(var_ks, var_0);
        var_11 = wp::address(var_ks, var_10);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_11);
        wp::store(&(wp::index(var_m, var_0).element_ref(var_12, var_13)), var_7);
        // m[i][ks[i]] = wp.vec2(1.0, 2.0)                                                        <L 28>
        var_16 = wp::vec_t<2, wp::float32>(var_14, var_15);
        var_17 = &(wp::index(var_m, var_0));
        var_18 = wp::address(var_ks, var_0);
        var_19 = wp::load(var_18);
        wp::store(&(wp::index(var_m, var_0).row_ref(var_19)), var_16);
    }
}



extern "C" __global__ void loaded_component_indices_92d2ae63_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m,
    wp::array_t<wp::int32> var_ks,
    wp::array_t<wp::float32> var_f,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m,
    wp::array_t<wp::int32> adj_ks,
    wp::array_t<wp::float32> adj_f)
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
        wp::int32* var_5;
        wp::int32 var_6;
        const wp::float32 var_7 = 2.0;
        wp::mat_t<2, 2, wp::float32>* var_8;
        wp::int32* var_9;
        const wp::int32 var_10 = 0;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::float32 var_14 = 1.0;
        const wp::float32 var_15 = 2.0;
        wp::vec_t<2, wp::float32> var_16;
        wp::mat_t<2, 2, wp::float32>* var_17;
        wp::int32* var_18;
        wp::int32 var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::mat_t<2, 2, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<2, wp::float32> adj_16 = {};
        wp::mat_t<2, 2, wp::float32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        //---------
        // forward
        // def loaded_component_indices(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), ks: wp.array(dtype=int), f: wp.array(dtype=float)):       <L 24>
        // i = wp.tid()                                                                           <L 25>
        var_0 = builtin_tid1d();
        // out[i][ks[i]] = f[i]                                                                   <L 26>
        var_1 = wp::address(var_f, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        var_4 = &(wp::index(var_out, var_0));
        var_5 = wp::address(var_ks, var_0);
        var_6 = wp::load(var_5);
        // wp::store(&(wp::index(var_out, var_0).component_ref(var_6)), var_2);
        // m[i][ks[i], ks[0]] = 2.0                                                               <L 27>
        var_8 = &(wp::index(var_m, var_0));
        var_9 = wp::address(var_ks, var_0);
        var_11 = wp::address(var_ks, var_10);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_11);
        // wp::store(&(wp::index(var_m, var_0).element_ref(var_12, var_13)), var_7);
        // m[i][ks[i]] = wp.vec2(1.0, 2.0)                                                        <L 28>
        var_16 = wp::vec_t<2, wp::float32>(var_14, var_15);
        var_17 = &(wp::index(var_m, var_0));
        var_18 = wp::address(var_ks, var_0);
        var_19 = wp::load(var_18);
        // wp::store(&(wp::index(var_m, var_0).row_ref(var_19)), var_16);
        //---------
        // reverse
        wp::adj_array_store_slot(var_m, adj_m, adj_16, [&](auto& _e) -> auto& { return _e.row_ref(var_19); }, var_0);
        wp::adj_address(var_ks, var_0, adj_ks, adj_0, adj_18);
        wp::adj_vec_t(var_14, var_15, adj_14, adj_15, adj_16);
        // adj: m[i][ks[i]] = wp.vec2(1.0, 2.0)                                                   <L 28>
        wp::adj_array_store_slot(var_m, adj_m, adj_7, [&](auto& _e) -> auto& { return _e.element_ref(var_12, var_13); }, var_0);
        wp::adj_address(var_ks, var_10, adj_ks, adj_10, adj_11);
        wp::adj_address(var_ks, var_0, adj_ks, adj_0, adj_9);
        // adj: m[i][ks[i], ks[0]] = 2.0                                                          <L 27>
        wp::adj_array_store_slot(var_out, adj_out, adj_2, [&](auto& _e) -> auto& { return _e.component_ref(var_6); }, var_0);
        wp::adj_address(var_ks, var_0, adj_ks, adj_0, adj_5);
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
        // adj: out[i][ks[i]] = f[i]                                                              <L 26>
        // adj: i = wp.tid()                                                                      <L 25>
        // adj: def loaded_component_indices(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), ks: wp.array(dtype=int), f: wp.array(dtype=float)):  <L 24>
        continue;
    }
}



extern "C" __global__ void updates_dd7f531f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> var_m,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::transform_t<wp::float32>> var_t,
    wp::array_t<wp::vec_t<3, wp::int32>> var_vi,
    wp::array_t<wp::int32> var_ks,
    wp::array_t<wp::float32> var_f)
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
        wp::int32* var_2;
        wp::int32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32>* var_7;
        const wp::int32 var_8 = 1;
        wp::float32* var_9;
        const wp::float32 var_10 = 2.0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32>* var_13;
        const wp::int32 var_14 = 2;
        wp::vec_t<3, wp::float32>* var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::mat_t<2, 2, wp::float64>* var_19;
        wp::int32* var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::float64 var_23;
        wp::mat_t<2, 2, wp::float64>* var_24;
        const wp::int32 var_25 = 0;
        wp::float64 var_26;
        wp::float32* var_27;
        wp::float64 var_28;
        wp::float32 var_29;
        wp::vec_t<2, wp::float64> var_30;
        const wp::int32 var_31 = 0;
        wp::quat_t<wp::float32>* var_32;
        const wp::int32 var_33 = 3;
        const wp::float32 var_34 = 0.5;
        const wp::int32 var_35 = 1;
        wp::quat_t<wp::float32>* var_36;
        const wp::int32 var_37 = 3;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::transform_t<wp::float32>* var_41;
        const wp::int32 var_42 = 6;
        const wp::float32 var_43 = 1.0;
        wp::transform_t<wp::float32>* var_44;
        const wp::float32 var_45 = 1.0;
        const wp::float32 var_46 = 2.0;
        const wp::float32 var_47 = 3.0;
        wp::vec_t<3, wp::float32> var_48;
        wp::transform_t<wp::float32>* var_49;
        const wp::int32 var_50 = 0;
        wp::quat_t<wp::float32>* var_51;
        wp::quat_t<wp::float32> var_52;
        wp::quat_t<wp::float32> var_53;
        wp::vec_t<3, wp::int32>* var_54;
        const wp::int32 var_55 = 0;
        const wp::int32 var_56 = 3;
        wp::vec_t<3, wp::int32>* var_57;
        const wp::int32 var_58 = 1;
        wp::int32* var_59;
        wp::int32 var_60;
        wp::int32 var_61;
        wp::vec_t<3, wp::int32>* var_62;
        const wp::int32 var_63 = 2;
        const wp::int32 var_64 = 5;
        wp::vec_t<3, wp::int32>* var_65;
        const wp::int32 var_66 = 0;
        const wp::int32 var_67 = 1;
        //---------
        // forward
        // def updates(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22d), q: wp.array2d(dtype=wp.quat), t: wp.array(dtype=wp.transform), vi: wp.array(dtype=wp.vec3i), ks: wp.array(dtype=int), f: wp.array(dtype=float)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // out[i][ks[i]] += f[i]                                                                  <L 7>
        var_1 = &(wp::index(var_out, var_0));
        var_2 = wp::address(var_ks, var_0);
        var_3 = wp::load(var_2);
        var_4 = wp::address(var_f, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        wp::array_atomic_add_slot(var_out, var_5, [&](auto& _e) -> auto& { return _e.component_ref(var_3); }, var_0);
        // out[i].y -= f[i] * 2.0                                                                 <L 8>
        var_7 = &(wp::index(var_out, var_0));
        var_9 = wp::address(var_f, var_0);
        var_12 = wp::load(var_9);
        var_11 = wp::mul(var_12, var_10);
        wp::array_atomic_sub_slot(var_out, var_11, [&](auto& _e) -> auto& { return _e.component_ref(var_8); }, var_0);
        // out[i][2] -= out[i][0]                                                                 <L 9>
        var_13 = &(wp::index(var_out, var_0));
        var_15 = wp::address(var_out, var_0);
        var_18 = wp::load(var_15);
        var_17 = wp::extract(var_18, var_16);
        wp::array_atomic_sub_slot(var_out, var_17, [&](auto& _e) -> auto& { return _e.component_ref(var_14); }, var_0);
        // m[i][ks[i], 1] += wp.float64(2.0)                                                      <L 10>
        var_19 = &(wp::index(var_m, var_0));
        var_20 = wp::address(var_ks, var_0);
        var_22 = wp::load(var_20);
        var_23 = 2.0;
        wp::array_atomic_add_slot(var_m, var_23, [&](auto& _e) -> auto& { return _e.element_ref(var_22, var_21); }, var_0);
        // m[i][0] -= wp.vec2d(wp.float64(1.0), wp.float64(f[i]))                                 <L 11>
        var_24 = &(wp::index(var_m, var_0));
        var_26 = 1.0;
        var_27 = wp::address(var_f, var_0);
        var_29 = wp::load(var_27);
        var_28 = wp::float64(var_29);
        var_30 = wp::vec_t<2, wp::float64>(var_26, var_28);
        wp::array_atomic_sub_slot(var_m, var_30, [&](auto& _e) -> auto& { return _e.row_ref(var_25); }, var_0);
        // q[i, 0].w += 0.5                                                                       <L 12>
        var_32 = &(wp::index(var_q, var_0, var_31));
        wp::array_atomic_add_slot(var_q, var_34, [&](auto& _e) -> auto& { return _e.component_ref(var_33); }, var_0, var_31);
        // q[i, 1][3] -= f[i]                                                                     <L 13>
        var_36 = &(wp::index(var_q, var_0, var_35));
        var_38 = wp::address(var_f, var_0);
        var_40 = wp::load(var_38);
        var_39 = wp::copy(var_40);
        wp::array_atomic_sub_slot(var_q, var_39, [&](auto& _e) -> auto& { return _e.component_ref(var_37); }, var_0, var_35);
        // t[i][6] += 1.0                                                                         <L 14>
        var_41 = &(wp::index(var_t, var_0));
        wp::array_atomic_add_slot(var_t, var_43, [&](auto& _e) -> auto& { return _e.component_ref(var_42); }, var_0);
        // t[i].p += wp.vec3(1.0, 2.0, 3.0)                                                       <L 15>
        var_44 = &(wp::index(var_t, var_0));
        var_48 = wp::vec_t<3, wp::float32>(var_45, var_46, var_47);
        wp::array_atomic_add_slot(var_t, var_48, [&](auto& _e) -> auto& { return _e.p; }, var_0);
        // t[i].q -= q[i, 0]                                                                      <L 16>
        var_49 = &(wp::index(var_t, var_0));
        var_51 = wp::address(var_q, var_0, var_50);
        var_53 = wp::load(var_51);
        var_52 = wp::copy(var_53);
        wp::array_atomic_sub_slot(var_t, var_52, [&](auto& _e) -> auto& { return _e.q; }, var_0);
        // vi[i][0] += 3                                                                          <L 17>
        var_54 = &(wp::index(var_vi, var_0));
        wp::array_atomic_add_slot(var_vi, var_56, [&](auto& _e) -> auto& { return _e.component_ref(var_55); }, var_0);
        // vi[i].y &= ks[i]                                                                       <L 18>
        var_57 = &(wp::index(var_vi, var_0));
        var_59 = wp::address(var_ks, var_0);
        var_61 = wp::load(var_59);
        var_60 = wp::copy(var_61);
        wp::array_atomic_and_slot(var_vi, var_60, [&](auto& _e) -> auto& { return _e.component_ref(var_58); }, var_0);
        // vi[i][2] |= 5                                                                          <L 19>
        var_62 = &(wp::index(var_vi, var_0));
        wp::array_atomic_or_slot(var_vi, var_64, [&](auto& _e) -> auto& { return _e.component_ref(var_63); }, var_0);
        // vi[i].x ^= 1                                                                           <L 20>
        var_65 = &(wp::index(var_vi, var_0));
        wp::array_atomic_xor_slot(var_vi, var_67, [&](auto& _e) -> auto& { return _e.component_ref(var_66); }, var_0);
    }
}



extern "C" __global__ void updates_dd7f531f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> var_m,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::transform_t<wp::float32>> var_t,
    wp::array_t<wp::vec_t<3, wp::int32>> var_vi,
    wp::array_t<wp::int32> var_ks,
    wp::array_t<wp::float32> var_f,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> adj_m,
    wp::array_t<wp::quat_t<wp::float32>> adj_q,
    wp::array_t<wp::transform_t<wp::float32>> adj_t,
    wp::array_t<wp::vec_t<3, wp::int32>> adj_vi,
    wp::array_t<wp::int32> adj_ks,
    wp::array_t<wp::float32> adj_f)
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
        wp::int32* var_2;
        wp::int32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32>* var_7;
        const wp::int32 var_8 = 1;
        wp::float32* var_9;
        const wp::float32 var_10 = 2.0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32>* var_13;
        const wp::int32 var_14 = 2;
        wp::vec_t<3, wp::float32>* var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::mat_t<2, 2, wp::float64>* var_19;
        wp::int32* var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::float64 var_23;
        wp::mat_t<2, 2, wp::float64>* var_24;
        const wp::int32 var_25 = 0;
        wp::float64 var_26;
        wp::float32* var_27;
        wp::float64 var_28;
        wp::float32 var_29;
        wp::vec_t<2, wp::float64> var_30;
        const wp::int32 var_31 = 0;
        wp::quat_t<wp::float32>* var_32;
        const wp::int32 var_33 = 3;
        const wp::float32 var_34 = 0.5;
        const wp::int32 var_35 = 1;
        wp::quat_t<wp::float32>* var_36;
        const wp::int32 var_37 = 3;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::transform_t<wp::float32>* var_41;
        const wp::int32 var_42 = 6;
        const wp::float32 var_43 = 1.0;
        wp::transform_t<wp::float32>* var_44;
        const wp::float32 var_45 = 1.0;
        const wp::float32 var_46 = 2.0;
        const wp::float32 var_47 = 3.0;
        wp::vec_t<3, wp::float32> var_48;
        wp::transform_t<wp::float32>* var_49;
        const wp::int32 var_50 = 0;
        wp::quat_t<wp::float32>* var_51;
        wp::quat_t<wp::float32> var_52;
        wp::quat_t<wp::float32> var_53;
        wp::vec_t<3, wp::int32>* var_54;
        const wp::int32 var_55 = 0;
        const wp::int32 var_56 = 3;
        wp::vec_t<3, wp::int32>* var_57;
        const wp::int32 var_58 = 1;
        wp::int32* var_59;
        wp::int32 var_60;
        wp::int32 var_61;
        wp::vec_t<3, wp::int32>* var_62;
        const wp::int32 var_63 = 2;
        const wp::int32 var_64 = 5;
        wp::vec_t<3, wp::int32>* var_65;
        const wp::int32 var_66 = 0;
        const wp::int32 var_67 = 1;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::mat_t<2, 2, wp::float64> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float64 adj_23 = {};
        wp::mat_t<2, 2, wp::float64> adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float64 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float64 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<2, wp::float64> adj_30 = {};
        wp::int32 adj_31 = {};
        wp::quat_t<wp::float32> adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::quat_t<wp::float32> adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::transform_t<wp::float32> adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::transform_t<wp::float32> adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::transform_t<wp::float32> adj_49 = {};
        wp::int32 adj_50 = {};
        wp::quat_t<wp::float32> adj_51 = {};
        wp::quat_t<wp::float32> adj_52 = {};
        wp::quat_t<wp::float32> adj_53 = {};
        wp::vec_t<3, wp::int32> adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::vec_t<3, wp::int32> adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::vec_t<3, wp::int32> adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::vec_t<3, wp::int32> adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        //---------
        // forward
        // def updates(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22d), q: wp.array2d(dtype=wp.quat), t: wp.array(dtype=wp.transform), vi: wp.array(dtype=wp.vec3i), ks: wp.array(dtype=int), f: wp.array(dtype=float)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // out[i][ks[i]] += f[i]                                                                  <L 7>
        var_1 = &(wp::index(var_out, var_0));
        var_2 = wp::address(var_ks, var_0);
        var_3 = wp::load(var_2);
        var_4 = wp::address(var_f, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp::array_atomic_add_slot(var_out, var_5, [&](auto& _e) -> auto& { return _e.component_ref(var_3); }, var_0);
        // out[i].y -= f[i] * 2.0                                                                 <L 8>
        var_7 = &(wp::index(var_out, var_0));
        var_9 = wp::address(var_f, var_0);
        var_12 = wp::load(var_9);
        var_11 = wp::mul(var_12, var_10);
        // wp::array_atomic_sub_slot(var_out, var_11, [&](auto& _e) -> auto& { return _e.component_ref(var_8); }, var_0);
        // out[i][2] -= out[i][0]                                                                 <L 9>
        var_13 = &(wp::index(var_out, var_0));
        var_15 = wp::address(var_out, var_0);
        var_18 = wp::load(var_15);
        var_17 = wp::extract(var_18, var_16);
        // wp::array_atomic_sub_slot(var_out, var_17, [&](auto& _e) -> auto& { return _e.component_ref(var_14); }, var_0);
        // m[i][ks[i], 1] += wp.float64(2.0)                                                      <L 10>
        var_19 = &(wp::index(var_m, var_0));
        var_20 = wp::address(var_ks, var_0);
        var_22 = wp::load(var_20);
        var_23 = 2.0;
        // wp::array_atomic_add_slot(var_m, var_23, [&](auto& _e) -> auto& { return _e.element_ref(var_22, var_21); }, var_0);
        // m[i][0] -= wp.vec2d(wp.float64(1.0), wp.float64(f[i]))                                 <L 11>
        var_24 = &(wp::index(var_m, var_0));
        var_26 = 1.0;
        var_27 = wp::address(var_f, var_0);
        var_29 = wp::load(var_27);
        var_28 = wp::float64(var_29);
        var_30 = wp::vec_t<2, wp::float64>(var_26, var_28);
        // wp::array_atomic_sub_slot(var_m, var_30, [&](auto& _e) -> auto& { return _e.row_ref(var_25); }, var_0);
        // q[i, 0].w += 0.5                                                                       <L 12>
        var_32 = &(wp::index(var_q, var_0, var_31));
        // wp::array_atomic_add_slot(var_q, var_34, [&](auto& _e) -> auto& { return _e.component_ref(var_33); }, var_0, var_31);
        // q[i, 1][3] -= f[i]                                                                     <L 13>
        var_36 = &(wp::index(var_q, var_0, var_35));
        var_38 = wp::address(var_f, var_0);
        var_40 = wp::load(var_38);
        var_39 = wp::copy(var_40);
        // wp::array_atomic_sub_slot(var_q, var_39, [&](auto& _e) -> auto& { return _e.component_ref(var_37); }, var_0, var_35);
        // t[i][6] += 1.0                                                                         <L 14>
        var_41 = &(wp::index(var_t, var_0));
        // wp::array_atomic_add_slot(var_t, var_43, [&](auto& _e) -> auto& { return _e.component_ref(var_42); }, var_0);
        // t[i].p += wp.vec3(1.0, 2.0, 3.0)                                                       <L 15>
        var_44 = &(wp::index(var_t, var_0));
        var_48 = wp::vec_t<3, wp::float32>(var_45, var_46, var_47);
        // wp::array_atomic_add_slot(var_t, var_48, [&](auto& _e) -> auto& { return _e.p; }, var_0);
        // t[i].q -= q[i, 0]                                                                      <L 16>
        var_49 = &(wp::index(var_t, var_0));
        var_51 = wp::address(var_q, var_0, var_50);
        var_53 = wp::load(var_51);
        var_52 = wp::copy(var_53);
        // wp::array_atomic_sub_slot(var_t, var_52, [&](auto& _e) -> auto& { return _e.q; }, var_0);
        // vi[i][0] += 3                                                                          <L 17>
        var_54 = &(wp::index(var_vi, var_0));
        // wp::array_atomic_add_slot(var_vi, var_56, [&](auto& _e) -> auto& { return _e.component_ref(var_55); }, var_0);
        // vi[i].y &= ks[i]                                                                       <L 18>
        var_57 = &(wp::index(var_vi, var_0));
        var_59 = wp::address(var_ks, var_0);
        var_61 = wp::load(var_59);
        var_60 = wp::copy(var_61);
        // wp::array_atomic_and_slot(var_vi, var_60, [&](auto& _e) -> auto& { return _e.component_ref(var_58); }, var_0);
        // vi[i][2] |= 5                                                                          <L 19>
        var_62 = &(wp::index(var_vi, var_0));
        // wp::array_atomic_or_slot(var_vi, var_64, [&](auto& _e) -> auto& { return _e.component_ref(var_63); }, var_0);
        // vi[i].x ^= 1                                                                           <L 20>
        var_65 = &(wp::index(var_vi, var_0));
        // wp::array_atomic_xor_slot(var_vi, var_67, [&](auto& _e) -> auto& { return _e.component_ref(var_66); }, var_0);
        //---------
        // reverse
        wp::adj_array_atomic_xor_slot(var_vi, adj_vi, adj_67, [&](auto& _e) -> auto& { return _e.component_ref(var_66); }, var_0);
        // adj: vi[i].x ^= 1                                                                      <L 20>
        wp::adj_array_atomic_or_slot(var_vi, adj_vi, adj_64, [&](auto& _e) -> auto& { return _e.component_ref(var_63); }, var_0);
        // adj: vi[i][2] |= 5                                                                     <L 19>
        wp::adj_array_atomic_and_slot(var_vi, adj_vi, adj_60, [&](auto& _e) -> auto& { return _e.component_ref(var_58); }, var_0);
        wp::adj_copy(var_61, adj_59, adj_60);
        wp::adj_address(var_ks, var_0, adj_ks, adj_0, adj_59);
        // adj: vi[i].y &= ks[i]                                                                  <L 18>
        wp::adj_array_atomic_add_slot(var_vi, adj_vi, adj_56, [&](auto& _e) -> auto& { return _e.component_ref(var_55); }, var_0);
        // adj: vi[i][0] += 3                                                                     <L 17>
        wp::adj_array_atomic_sub_slot(var_t, adj_t, adj_52, [&](auto& _e) -> auto& { return _e.q; }, var_0);
        wp::adj_copy(var_53, adj_51, adj_52);
        wp::adj_address(var_q, var_0, var_50, adj_q, adj_0, adj_50, adj_51);
        // adj: t[i].q -= q[i, 0]                                                                 <L 16>
        wp::adj_array_atomic_add_slot(var_t, adj_t, adj_48, [&](auto& _e) -> auto& { return _e.p; }, var_0);
        wp::adj_vec_t(var_45, var_46, var_47, adj_45, adj_46, adj_47, adj_48);
        // adj: t[i].p += wp.vec3(1.0, 2.0, 3.0)                                                  <L 15>
        wp::adj_array_atomic_add_slot(var_t, adj_t, adj_43, [&](auto& _e) -> auto& { return _e.component_ref(var_42); }, var_0);
        // adj: t[i][6] += 1.0                                                                    <L 14>
        wp::adj_array_atomic_sub_slot(var_q, adj_q, adj_39, [&](auto& _e) -> auto& { return _e.component_ref(var_37); }, var_0, var_35);
        wp::adj_copy(var_40, adj_38, adj_39);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_38);
        // adj: q[i, 1][3] -= f[i]                                                                <L 13>
        wp::adj_array_atomic_add_slot(var_q, adj_q, adj_34, [&](auto& _e) -> auto& { return _e.component_ref(var_33); }, var_0, var_31);
        // adj: q[i, 0].w += 0.5                                                                  <L 12>
        wp::adj_array_atomic_sub_slot(var_m, adj_m, adj_30, [&](auto& _e) -> auto& { return _e.row_ref(var_25); }, var_0);
        wp::adj_vec_t(var_26, var_28, adj_26, adj_28, adj_30);
        wp::adj_float64(var_29, adj_27, adj_28);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_27);
        // adj: m[i][0] -= wp.vec2d(wp.float64(1.0), wp.float64(f[i]))                            <L 11>
        wp::adj_array_atomic_add_slot(var_m, adj_m, adj_23, [&](auto& _e) -> auto& { return _e.element_ref(var_22, var_21); }, var_0);
        wp::adj_address(var_ks, var_0, adj_ks, adj_0, adj_20);
        // adj: m[i][ks[i], 1] += wp.float64(2.0)                                                 <L 10>
        wp::adj_array_atomic_sub_slot(var_out, adj_out, adj_17, [&](auto& _e) -> auto& { return _e.component_ref(var_14); }, var_0);
        wp::adj_extract(var_18, var_16, adj_15, adj_16, adj_17);
        wp::adj_address(var_out, var_0, adj_out, adj_0, adj_15);
        // adj: out[i][2] -= out[i][0]                                                            <L 9>
        wp::adj_array_atomic_sub_slot(var_out, adj_out, adj_11, [&](auto& _e) -> auto& { return _e.component_ref(var_8); }, var_0);
        wp::adj_mul(var_12, var_10, adj_9, adj_10, adj_11);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_9);
        // adj: out[i].y -= f[i] * 2.0                                                            <L 8>
        wp::adj_array_atomic_add_slot(var_out, adj_out, adj_5, [&](auto& _e) -> auto& { return _e.component_ref(var_3); }, var_0);
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_4);
        wp::adj_address(var_ks, var_0, adj_ks, adj_0, adj_2);
        // adj: out[i][ks[i]] += f[i]                                                             <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def updates(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22d), q: wp.array2d(dtype=wp.quat), t: wp.array(dtype=wp.transform), vi: wp.array(dtype=wp.vec3i), ks: wp.array(dtype=int), f: wp.array(dtype=float)):  <L 5>
        continue;
    }
}

