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



extern "C" __global__ void k_0649fe64_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::int32> var_b,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m)
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
        wp::uint32 var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::uint32 var_11;
        const wp::int32 var_12 = 1;
        wp::uint32 var_13;
        const wp::int32 var_14 = 9;
        wp::uint32 var_15;
        wp::uint32 var_16;
        wp::uint32 var_17;
        const wp::float32 var_18 = 2.5;
        wp::uint32 var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::int32* var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        bool var_31;
        bool var_32;
        bool var_33;
        bool var_34;
        wp::mat_t<3, 3, wp::float32>* var_35;
        wp::mat_t<3, 3, wp::float32>* var_36;
        wp::mat_t<3, 3, wp::float32> var_37;
        wp::mat_t<3, 3, wp::float32> var_38;
        wp::mat_t<3, 3, wp::float32> var_39;
        wp::mat_t<3, 3, wp::float32>* var_40;
        wp::mat_t<3, 3, wp::float32>* var_41;
        wp::mat_t<3, 3, wp::float32> var_42;
        wp::mat_t<3, 3, wp::float32> var_43;
        wp::mat_t<3, 3, wp::float32> var_44;
        wp::mat_t<3, 3, wp::float32> var_45;
        wp::quat_t<wp::float32>* var_46;
        wp::quat_t<wp::float32>* var_47;
        const wp::float32 var_48 = 0.5;
        wp::quat_t<wp::float32> var_49;
        wp::quat_t<wp::float32> var_50;
        wp::quat_t<wp::float32> var_51;
        const wp::int32 var_52 = 0;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 1;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        const wp::int32 var_66 = 0;
        const wp::int32 var_67 = 0;
        wp::float32 var_68;
        wp::float32 var_69;
        //---------
        // forward
        // def k(seed: int, a: wp.array(dtype=float), b: wp.array(dtype=int), q: wp.array(dtype=wp.quat), m: wp.array(dtype=wp.mat33)):       <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // s = wp.rand_init(seed, i)                                                              <L 6>
        var_1 = wp::rand_init(var_seed, var_0);
        // d = wp.sample_unit_disk(s)                                                             <L 7>
        var_2 = wp::sample_unit_disk(var_1);
        // sq = wp.sample_unit_square(s)                                                          <L 8>
        var_3 = wp::sample_unit_square(var_1);
        // sp = wp.sample_unit_sphere(s) + wp.sample_unit_sphere_surface(s) + wp.sample_unit_hemisphere(s) + wp.sample_unit_cube(s)       <L 9>
        var_4 = wp::sample_unit_sphere(var_1);
        var_5 = wp::sample_unit_sphere_surface(var_1);
        var_6 = wp::add(var_4, var_5);
        var_7 = wp::sample_unit_hemisphere(var_1);
        var_8 = wp::add(var_6, var_7);
        var_9 = wp::sample_unit_cube(var_1);
        var_10 = wp::add(var_8, var_9);
        // u = wp.randu(s) + wp.randu(s, wp.uint32(1), wp.uint32(9))                              <L 10>
        var_11 = wp::randu(var_1);
        var_13 = wp::uint32(var_12);
        var_15 = wp::uint32(var_14);
        var_16 = wp::randu(var_1, var_13, var_15);
        var_17 = wp::add(var_11, var_16);
        // p = wp.poisson(s, 2.5)                                                                 <L 11>
        var_19 = wp::poisson(var_1, var_18);
        // n = wp.noise(s, a[i]) + wp.noise(s, d) + wp.noise(s, sp)                               <L 12>
        var_20 = wp::address(var_a, var_0);
        var_22 = wp::load(var_20);
        var_21 = wp::noise(var_1, var_22);
        var_23 = wp::noise(var_1, var_2);
        var_24 = wp::add(var_21, var_23);
        var_25 = wp::noise(var_1, var_10);
        var_26 = wp::add(var_24, var_25);
        // c = wp.bit_count(b[i])                                                                 <L 13>
        var_27 = wp::address(var_b, var_0);
        var_29 = wp::load(var_27);
        var_28 = wp::bit_count(var_29);
        // old = wp.atomic_exch(b, i, c)                                                          <L 14>
        var_30 = wp::atomic_exch(var_b, var_0, var_28);
        // nan = wp.isnan(sp) or wp.isfinite(d) or wp.isinf(sp)                                   <L 15>
        var_32 = wp::isnan(var_10);
        var_31 = var_32;
        if (!var_31) {
            var_33 = wp::isfinite(var_2);
            var_31 = var_31 || var_33;
        }
        if (!var_31) {
            var_34 = wp::isinf(var_10);
            var_31 = var_31 || var_34;
        }
        // mm = wp.cw_mul(m[i], m[i]) + wp.cw_div(m[i], m[i])                                     <L 16>
        var_35 = wp::address(var_m, var_0);
        var_36 = wp::address(var_m, var_0);
        var_38 = wp::load(var_35);
        var_39 = wp::load(var_36);
        var_37 = wp::cw_mul(var_38, var_39);
        var_40 = wp::address(var_m, var_0);
        var_41 = wp::address(var_m, var_0);
        var_43 = wp::load(var_40);
        var_44 = wp::load(var_41);
        var_42 = wp::cw_div(var_43, var_44);
        var_45 = wp::add(var_37, var_42);
        // ql = wp.lerp(q[i], q[i], 0.5)                                                          <L 17>
        var_46 = wp::address(var_q, var_0);
        var_47 = wp::address(var_q, var_0);
        var_50 = wp::load(var_46);
        var_51 = wp::load(var_47);
        var_49 = wp::lerp(var_50, var_51, var_48);
        // a[i] = n + d[0] + sq[1] + float(u) + float(p) + float(old) + wp.length_sq(ql) + mm[0, 0]       <L 18>
        var_53 = wp::extract(var_2, var_52);
        var_54 = wp::add(var_26, var_53);
        var_56 = wp::extract(var_3, var_55);
        var_57 = wp::add(var_54, var_56);
        var_58 = wp::float(var_17);
        var_59 = wp::add(var_57, var_58);
        var_60 = wp::float(var_19);
        var_61 = wp::add(var_59, var_60);
        var_62 = wp::float(var_30);
        var_63 = wp::add(var_61, var_62);
        var_64 = wp::length_sq(var_49);
        var_65 = wp::add(var_63, var_64);
        var_68 = wp::extract(var_45, var_66, var_67);
        var_69 = wp::add(var_65, var_68);
        wp::array_store(var_a, var_0, var_69);
    }
}



extern "C" __global__ void k_0649fe64_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::int32> var_b,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m,
    wp::int32 adj_seed,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::int32> adj_b,
    wp::array_t<wp::quat_t<wp::float32>> adj_q,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_m)
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
        wp::uint32 var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::uint32 var_11;
        const wp::int32 var_12 = 1;
        wp::uint32 var_13;
        const wp::int32 var_14 = 9;
        wp::uint32 var_15;
        wp::uint32 var_16;
        wp::uint32 var_17;
        const wp::float32 var_18 = 2.5;
        wp::uint32 var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::int32* var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        bool var_31;
        bool var_32;
        bool var_33;
        bool var_34;
        wp::mat_t<3, 3, wp::float32>* var_35;
        wp::mat_t<3, 3, wp::float32>* var_36;
        wp::mat_t<3, 3, wp::float32> var_37;
        wp::mat_t<3, 3, wp::float32> var_38;
        wp::mat_t<3, 3, wp::float32> var_39;
        wp::mat_t<3, 3, wp::float32>* var_40;
        wp::mat_t<3, 3, wp::float32>* var_41;
        wp::mat_t<3, 3, wp::float32> var_42;
        wp::mat_t<3, 3, wp::float32> var_43;
        wp::mat_t<3, 3, wp::float32> var_44;
        wp::mat_t<3, 3, wp::float32> var_45;
        wp::quat_t<wp::float32>* var_46;
        wp::quat_t<wp::float32>* var_47;
        const wp::float32 var_48 = 0.5;
        wp::quat_t<wp::float32> var_49;
        wp::quat_t<wp::float32> var_50;
        wp::quat_t<wp::float32> var_51;
        const wp::int32 var_52 = 0;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 1;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        const wp::int32 var_66 = 0;
        const wp::int32 var_67 = 0;
        wp::float32 var_68;
        wp::float32 var_69;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::uint32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::uint32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::uint32 adj_15 = {};
        wp::uint32 adj_16 = {};
        wp::uint32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::uint32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        bool adj_31 = {};
        bool adj_32 = {};
        bool adj_33 = {};
        bool adj_34 = {};
        wp::mat_t<3, 3, wp::float32> adj_35 = {};
        wp::mat_t<3, 3, wp::float32> adj_36 = {};
        wp::mat_t<3, 3, wp::float32> adj_37 = {};
        wp::mat_t<3, 3, wp::float32> adj_38 = {};
        wp::mat_t<3, 3, wp::float32> adj_39 = {};
        wp::mat_t<3, 3, wp::float32> adj_40 = {};
        wp::mat_t<3, 3, wp::float32> adj_41 = {};
        wp::mat_t<3, 3, wp::float32> adj_42 = {};
        wp::mat_t<3, 3, wp::float32> adj_43 = {};
        wp::mat_t<3, 3, wp::float32> adj_44 = {};
        wp::mat_t<3, 3, wp::float32> adj_45 = {};
        wp::quat_t<wp::float32> adj_46 = {};
        wp::quat_t<wp::float32> adj_47 = {};
        wp::float32 adj_48 = {};
        wp::quat_t<wp::float32> adj_49 = {};
        wp::quat_t<wp::float32> adj_50 = {};
        wp::quat_t<wp::float32> adj_51 = {};
        wp::int32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        //---------
        // forward
        // def k(seed: int, a: wp.array(dtype=float), b: wp.array(dtype=int), q: wp.array(dtype=wp.quat), m: wp.array(dtype=wp.mat33)):       <L 4>
        // i = wp.tid()                                                                           <L 5>
        var_0 = builtin_tid1d();
        // s = wp.rand_init(seed, i)                                                              <L 6>
        var_1 = wp::rand_init(var_seed, var_0);
        // d = wp.sample_unit_disk(s)                                                             <L 7>
        var_2 = wp::sample_unit_disk(var_1);
        // sq = wp.sample_unit_square(s)                                                          <L 8>
        var_3 = wp::sample_unit_square(var_1);
        // sp = wp.sample_unit_sphere(s) + wp.sample_unit_sphere_surface(s) + wp.sample_unit_hemisphere(s) + wp.sample_unit_cube(s)       <L 9>
        var_4 = wp::sample_unit_sphere(var_1);
        var_5 = wp::sample_unit_sphere_surface(var_1);
        var_6 = wp::add(var_4, var_5);
        var_7 = wp::sample_unit_hemisphere(var_1);
        var_8 = wp::add(var_6, var_7);
        var_9 = wp::sample_unit_cube(var_1);
        var_10 = wp::add(var_8, var_9);
        // u = wp.randu(s) + wp.randu(s, wp.uint32(1), wp.uint32(9))                              <L 10>
        var_11 = wp::randu(var_1);
        var_13 = wp::uint32(var_12);
        var_15 = wp::uint32(var_14);
        var_16 = wp::randu(var_1, var_13, var_15);
        var_17 = wp::add(var_11, var_16);
        // p = wp.poisson(s, 2.5)                                                                 <L 11>
        var_19 = wp::poisson(var_1, var_18);
        // n = wp.noise(s, a[i]) + wp.noise(s, d) + wp.noise(s, sp)                               <L 12>
        var_20 = wp::address(var_a, var_0);
        var_22 = wp::load(var_20);
        var_21 = wp::noise(var_1, var_22);
        var_23 = wp::noise(var_1, var_2);
        var_24 = wp::add(var_21, var_23);
        var_25 = wp::noise(var_1, var_10);
        var_26 = wp::add(var_24, var_25);
        // c = wp.bit_count(b[i])                                                                 <L 13>
        var_27 = wp::address(var_b, var_0);
        var_29 = wp::load(var_27);
        var_28 = wp::bit_count(var_29);
        // old = wp.atomic_exch(b, i, c)                                                          <L 14>
        // var_30 = wp::atomic_exch(var_b, var_0, var_28);
        // nan = wp.isnan(sp) or wp.isfinite(d) or wp.isinf(sp)                                   <L 15>
        var_32 = wp::isnan(var_10);
        var_31 = var_32;
        if (!var_31) {
            var_33 = wp::isfinite(var_2);
            var_31 = var_31 || var_33;
        }
        if (!var_31) {
            var_34 = wp::isinf(var_10);
            var_31 = var_31 || var_34;
        }
        // mm = wp.cw_mul(m[i], m[i]) + wp.cw_div(m[i], m[i])                                     <L 16>
        var_35 = wp::address(var_m, var_0);
        var_36 = wp::address(var_m, var_0);
        var_38 = wp::load(var_35);
        var_39 = wp::load(var_36);
        var_37 = wp::cw_mul(var_38, var_39);
        var_40 = wp::address(var_m, var_0);
        var_41 = wp::address(var_m, var_0);
        var_43 = wp::load(var_40);
        var_44 = wp::load(var_41);
        var_42 = wp::cw_div(var_43, var_44);
        var_45 = wp::add(var_37, var_42);
        // ql = wp.lerp(q[i], q[i], 0.5)                                                          <L 17>
        var_46 = wp::address(var_q, var_0);
        var_47 = wp::address(var_q, var_0);
        var_50 = wp::load(var_46);
        var_51 = wp::load(var_47);
        var_49 = wp::lerp(var_50, var_51, var_48);
        // a[i] = n + d[0] + sq[1] + float(u) + float(p) + float(old) + wp.length_sq(ql) + mm[0, 0]       <L 18>
        var_53 = wp::extract(var_2, var_52);
        var_54 = wp::add(var_26, var_53);
        var_56 = wp::extract(var_3, var_55);
        var_57 = wp::add(var_54, var_56);
        var_58 = wp::float(var_17);
        var_59 = wp::add(var_57, var_58);
        var_60 = wp::float(var_19);
        var_61 = wp::add(var_59, var_60);
        var_62 = wp::float(var_30);
        var_63 = wp::add(var_61, var_62);
        var_64 = wp::length_sq(var_49);
        var_65 = wp::add(var_63, var_64);
        var_68 = wp::extract(var_45, var_66, var_67);
        var_69 = wp::add(var_65, var_68);
        // wp::array_store(var_a, var_0, var_69);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_69, adj_a, adj_0, adj_69);
        wp::adj_add(var_65, var_68, adj_65, adj_68, adj_69);
        wp::adj_extract(var_45, var_66, var_67, adj_45, adj_66, adj_67, adj_68);
        wp::adj_add(var_63, var_64, adj_63, adj_64, adj_65);
        wp::adj_length_sq(var_49, adj_49, adj_64);
        wp::adj_add(var_61, var_62, adj_61, adj_62, adj_63);
        wp::adj_float(var_30, adj_30, adj_62);
        wp::adj_add(var_59, var_60, adj_59, adj_60, adj_61);
        wp::adj_float(var_19, adj_19, adj_60);
        wp::adj_add(var_57, var_58, adj_57, adj_58, adj_59);
        wp::adj_float(var_17, adj_17, adj_58);
        wp::adj_add(var_54, var_56, adj_54, adj_56, adj_57);
        wp::adj_extract(var_3, var_55, adj_3, adj_55, adj_56);
        wp::adj_add(var_26, var_53, adj_26, adj_53, adj_54);
        wp::adj_extract(var_2, var_52, adj_2, adj_52, adj_53);
        // adj: a[i] = n + d[0] + sq[1] + float(u) + float(p) + float(old) + wp.length_sq(ql) + mm[0, 0]  <L 18>
        wp::adj_lerp(var_50, var_51, var_48, adj_46, adj_47, adj_48, adj_49);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_47);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_46);
        // adj: ql = wp.lerp(q[i], q[i], 0.5)                                                     <L 17>
        wp::adj_add(var_37, var_42, adj_37, adj_42, adj_45);
        wp::adj_cw_div(var_43, var_44, var_42, adj_40, adj_41, adj_42);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_41);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_40);
        wp::adj_cw_mul(var_38, var_39, adj_35, adj_36, adj_37);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_36);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_35);
        // adj: mm = wp.cw_mul(m[i], m[i]) + wp.cw_div(m[i], m[i])                                <L 16>
        if (!var_31) {
        }
        if (!var_31) {
        }
        // adj: nan = wp.isnan(sp) or wp.isfinite(d) or wp.isinf(sp)                              <L 15>
        // adj: old = wp.atomic_exch(b, i, c)                                                     <L 14>
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_27);
        // adj: c = wp.bit_count(b[i])                                                            <L 13>
        wp::adj_add(var_24, var_25, adj_24, adj_25, adj_26);
        wp::adj_noise(var_1, var_10, adj_1, adj_10, adj_25);
        wp::adj_add(var_21, var_23, adj_21, adj_23, adj_24);
        wp::adj_noise(var_1, var_2, adj_1, adj_2, adj_23);
        wp::adj_noise(var_1, var_22, adj_1, adj_20, adj_21);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_20);
        // adj: n = wp.noise(s, a[i]) + wp.noise(s, d) + wp.noise(s, sp)                          <L 12>
        // adj: p = wp.poisson(s, 2.5)                                                            <L 11>
        wp::adj_add(var_11, var_16, adj_11, adj_16, adj_17);
        // adj: u = wp.randu(s) + wp.randu(s, wp.uint32(1), wp.uint32(9))                         <L 10>
        wp::adj_add(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_add(var_4, var_5, adj_4, adj_5, adj_6);
        // adj: sp = wp.sample_unit_sphere(s) + wp.sample_unit_sphere_surface(s) + wp.sample_unit_hemisphere(s) + wp.sample_unit_cube(s)  <L 9>
        // adj: sq = wp.sample_unit_square(s)                                                     <L 8>
        // adj: d = wp.sample_unit_disk(s)                                                        <L 7>
        // adj: s = wp.rand_init(seed, i)                                                         <L 6>
        // adj: i = wp.tid()                                                                      <L 5>
        // adj: def k(seed: int, a: wp.array(dtype=float), b: wp.array(dtype=int), q: wp.array(dtype=wp.quat), m: wp.array(dtype=wp.mat33)):  <L 4>
        continue;
    }
}

