#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


// warpsynth/spatial_vectors.py:4
static wp::float32 twist_power_0(
    wp::vec_t<6, wp::float32> var_t,
    wp::vec_t<6, wp::float32> var_w)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def twist_power(t: wp.spatial_vector, w: wp.spatial_vector) -> float:                  <L 5>
    // return wp.spatial_dot(t, w)                                                            <L 6>
    var_0 = wp::spatial_dot(var_t, var_w);
    return var_0;
}


// warpsynth/spatial_vectors.py:4
static void adj_twist_power_0(
    wp::vec_t<6, wp::float32> var_t,
    wp::vec_t<6, wp::float32> var_w,
    wp::vec_t<6, wp::float32> & adj_t,
    wp::vec_t<6, wp::float32> & adj_w,
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
    // def twist_power(t: wp.spatial_vector, w: wp.spatial_vector) -> float:                  <L 5>
    // return wp.spatial_dot(t, w)                                                            <L 6>
    var_0 = wp::spatial_dot(var_t, var_w);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_spatial_dot(var_t, var_w, adj_t, adj_w, adj_0);
    // adj: return wp.spatial_dot(t, w)                                                       <L 6>
    // adj: def twist_power(t: wp.spatial_vector, w: wp.spatial_vector) -> float:             <L 5>
    return;
}

struct wp_args_k_35b7a6e0 {
    wp::array_t<wp::vec_t<6, wp::float32>> a;
    wp::array_t<wp::vec_t<6, wp::float64>> b;
    wp::array_t<wp::float32> f;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> sm;
};


template <bool wp_linear_contiguous>
static void k_35b7a6e0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_35b7a6e0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<6, wp::float64>> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_sm = _wp_args->sm;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    wp::float32* var_3;
    const wp::float32 var_4 = 4.0;
    const wp::float32 var_5 = 5.0;
    const wp::float32 var_6 = 6.0;
    wp::vec_t<6, wp::float32> var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<6, wp::float32> var_14;
    const wp::float32 var_15 = 1.0;
    const wp::float32 var_16 = 2.0;
    const wp::float32 var_17 = 3.0;
    const wp::float32 var_18 = 4.0;
    const wp::float32 var_19 = 5.0;
    const wp::float32 var_20 = 6.0;
    wp::vec_t<6, wp::float64> var_21;
    const wp::float64 var_22 = 1.0;
    const wp::float64 var_23 = 2.0;
    const wp::float64 var_24 = 3.0;
    const wp::float64 var_25 = 4.0;
    const wp::float64 var_26 = 5.0;
    const wp::float64 var_27 = 6.0;
    wp::float32* var_28;
    wp::vec_t<6, wp::float32> var_29;
    wp::float32 var_30;
    wp::vec_t<6, wp::float32> var_31;
    wp::vec_t<6, wp::float32> var_32;
    wp::vec_t<6, wp::float32> var_33;
    wp::vec_t<6, wp::float32> var_34;
    wp::vec_t<6, wp::float32>* var_35;
    wp::float32 var_36;
    wp::vec_t<6, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    const wp::int32 var_43 = 1;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::mat_t<6, 6, wp::float32>* var_48;
    wp::mat_t<6, 6, wp::float32> var_49;
    wp::mat_t<6, 6, wp::float32> var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::uint32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    const wp::int32 var_58 = 0;
    const wp::int32 var_59 = 5;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::vec_t<3, wp::float32>* var_62;
    wp::vec_t<3, wp::float32>* var_63;
    wp::vec_t<6, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    const wp::int32 var_67 = 4;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float64 var_70;
    wp::vec_t<6, wp::float64> var_71;
    wp::vec_t<6, wp::float32> var_72;
    //---------
    // forward
    // def k(a: wp.array(dtype=wp.spatial_vector), b: wp.array(dtype=wp.spatial_vectord), f: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), sm: wp.array(dtype=wp.spatial_matrix)):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // s = wp.spatial_vector(1.0, 2.0, f[i], 4.0, 5.0, 6.0)                                   <L 12>
    var_3 = wp::address(var_f, var_0);
    var_8 = wp::load(var_3);
    var_7 = wp::vec_t<6, wp::float32>({var_1, var_2, var_8, var_4, var_5, var_6});
    // s2 = wp.spatial_vector(v[i], v[i])                                                     <L 13>
    var_9 = wp::address(var_v, var_0);
    var_10 = wp::address(var_v, var_0);
    var_12 = wp::load(var_9);
    var_13 = wp::load(var_10);
    var_11 = wp::vec_t<6, wp::float32>(var_12, var_13);
    // s3 = wp.spatial_vector()                                                               <L 14>
    var_14 = wp::vec_t<6, wp::float32>();
    // d = wp.spatial_vectord(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)                                   <L 15>
    var_21 = wp::vec_t<6, wp::float64>({var_22, var_23, var_24, var_25, var_26, var_27});
    // e = wp.spatial_vectorf(f[i])                                                           <L 16>
    var_28 = wp::address(var_f, var_0);
    var_30 = wp::load(var_28);
    var_29 = wp::vec_t<6, wp::float32>(var_30);
    // x = wp.spatial_cross_dual(s, s2) + wp.spatial_cross(s, s3) - e                         <L 17>
    var_31 = wp::spatial_cross_dual(var_7, var_11);
    var_32 = wp::spatial_cross(var_7, var_14);
    var_33 = wp::add(var_31, var_32);
    var_34 = wp::sub(var_33, var_29);
    // y = wp.spatial_dot(x, a[i]) + wp.spatial_top(s)[0] + wp.spatial_bottom(s).y + twist_power(s, x)       <L 18>
    var_35 = wp::address(var_a, var_0);
    var_37 = wp::load(var_35);
    var_36 = wp::spatial_dot(var_34, var_37);
    var_38 = wp::spatial_top(var_7);
    var_40 = wp::extract(var_38, var_39);
    var_41 = wp::add(var_36, var_40);
    var_42 = wp::spatial_bottom(var_7);
    var_44 = wp::extract(var_42, var_43);
    var_45 = wp::add(var_41, var_44);
    var_46 = twist_power_0(var_7, var_34);
    var_47 = wp::add(var_45, var_46);
    // m = sm[i]                                                                              <L 19>
    var_48 = wp::address(var_sm, var_0);
    var_50 = wp::load(var_48);
    var_49 = wp::copy(var_50);
    // f[i] = y + wp.length(x) + wp.dot(s, s2) + float(wp.argmax(x)) + m[0, 5] + wp.spatial_vector(v[i], v[i])[4]       <L 20>
    var_51 = wp::length(var_34);
    var_52 = wp::add(var_47, var_51);
    var_53 = wp::dot(var_7, var_11);
    var_54 = wp::add(var_52, var_53);
    var_55 = wp::argmax(var_34);
    var_56 = wp::float(var_55);
    var_57 = wp::add(var_54, var_56);
    var_60 = wp::extract(var_49, var_58, var_59);
    var_61 = wp::add(var_57, var_60);
    var_62 = wp::address(var_v, var_0);
    var_63 = wp::address(var_v, var_0);
    var_65 = wp::load(var_62);
    var_66 = wp::load(var_63);
    var_64 = wp::vec_t<6, wp::float32>(var_65, var_66);
    var_68 = wp::extract(var_64, var_67);
    var_69 = wp::add(var_61, var_68);
    wp::array_store(var_f, var_0, var_69);
    // b[i] = d * wp.float64(2.0)                                                             <L 21>
    var_70 = 2.0;
    var_71 = wp::mul(var_21, var_70);
    wp::array_store(var_b, var_0, var_71);
    // a[i] = wp.mul(m, x)                                                                    <L 22>
    var_72 = wp::mul(var_49, var_34);
    wp::array_store(var_a, var_0, var_72);
}



template <bool wp_linear_contiguous>
static void k_35b7a6e0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_35b7a6e0 *_wp_args,
    wp_args_k_35b7a6e0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<6, wp::float64>> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_sm = _wp_args->sm;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<6, wp::float64>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_sm = _wp_adj_args->sm;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    wp::float32* var_3;
    const wp::float32 var_4 = 4.0;
    const wp::float32 var_5 = 5.0;
    const wp::float32 var_6 = 6.0;
    wp::vec_t<6, wp::float32> var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<6, wp::float32> var_14;
    const wp::float32 var_15 = 1.0;
    const wp::float32 var_16 = 2.0;
    const wp::float32 var_17 = 3.0;
    const wp::float32 var_18 = 4.0;
    const wp::float32 var_19 = 5.0;
    const wp::float32 var_20 = 6.0;
    wp::vec_t<6, wp::float64> var_21;
    const wp::float64 var_22 = 1.0;
    const wp::float64 var_23 = 2.0;
    const wp::float64 var_24 = 3.0;
    const wp::float64 var_25 = 4.0;
    const wp::float64 var_26 = 5.0;
    const wp::float64 var_27 = 6.0;
    wp::float32* var_28;
    wp::vec_t<6, wp::float32> var_29;
    wp::float32 var_30;
    wp::vec_t<6, wp::float32> var_31;
    wp::vec_t<6, wp::float32> var_32;
    wp::vec_t<6, wp::float32> var_33;
    wp::vec_t<6, wp::float32> var_34;
    wp::vec_t<6, wp::float32>* var_35;
    wp::float32 var_36;
    wp::vec_t<6, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    const wp::int32 var_43 = 1;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::mat_t<6, 6, wp::float32>* var_48;
    wp::mat_t<6, 6, wp::float32> var_49;
    wp::mat_t<6, 6, wp::float32> var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::uint32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    const wp::int32 var_58 = 0;
    const wp::int32 var_59 = 5;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::vec_t<3, wp::float32>* var_62;
    wp::vec_t<3, wp::float32>* var_63;
    wp::vec_t<6, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    const wp::int32 var_67 = 4;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float64 var_70;
    wp::vec_t<6, wp::float64> var_71;
    wp::vec_t<6, wp::float32> var_72;
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
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<6, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<6, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<6, wp::float64> adj_21 = {};
    wp::float64 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float64 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<6, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<6, wp::float32> adj_31 = {};
    wp::vec_t<6, wp::float32> adj_32 = {};
    wp::vec_t<6, wp::float32> adj_33 = {};
    wp::vec_t<6, wp::float32> adj_34 = {};
    wp::vec_t<6, wp::float32> adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<6, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::mat_t<6, 6, wp::float32> adj_48 = {};
    wp::mat_t<6, 6, wp::float32> adj_49 = {};
    wp::mat_t<6, 6, wp::float32> adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::uint32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::vec_t<6, wp::float32> adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::int32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float64 adj_70 = {};
    wp::vec_t<6, wp::float64> adj_71 = {};
    wp::vec_t<6, wp::float32> adj_72 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=wp.spatial_vector), b: wp.array(dtype=wp.spatial_vectord), f: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), sm: wp.array(dtype=wp.spatial_matrix)):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // s = wp.spatial_vector(1.0, 2.0, f[i], 4.0, 5.0, 6.0)                                   <L 12>
    var_3 = wp::address(var_f, var_0);
    var_8 = wp::load(var_3);
    var_7 = wp::vec_t<6, wp::float32>({var_1, var_2, var_8, var_4, var_5, var_6});
    // s2 = wp.spatial_vector(v[i], v[i])                                                     <L 13>
    var_9 = wp::address(var_v, var_0);
    var_10 = wp::address(var_v, var_0);
    var_12 = wp::load(var_9);
    var_13 = wp::load(var_10);
    var_11 = wp::vec_t<6, wp::float32>(var_12, var_13);
    // s3 = wp.spatial_vector()                                                               <L 14>
    var_14 = wp::vec_t<6, wp::float32>();
    // d = wp.spatial_vectord(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)                                   <L 15>
    var_21 = wp::vec_t<6, wp::float64>({var_22, var_23, var_24, var_25, var_26, var_27});
    // e = wp.spatial_vectorf(f[i])                                                           <L 16>
    var_28 = wp::address(var_f, var_0);
    var_30 = wp::load(var_28);
    var_29 = wp::vec_t<6, wp::float32>(var_30);
    // x = wp.spatial_cross_dual(s, s2) + wp.spatial_cross(s, s3) - e                         <L 17>
    var_31 = wp::spatial_cross_dual(var_7, var_11);
    var_32 = wp::spatial_cross(var_7, var_14);
    var_33 = wp::add(var_31, var_32);
    var_34 = wp::sub(var_33, var_29);
    // y = wp.spatial_dot(x, a[i]) + wp.spatial_top(s)[0] + wp.spatial_bottom(s).y + twist_power(s, x)       <L 18>
    var_35 = wp::address(var_a, var_0);
    var_37 = wp::load(var_35);
    var_36 = wp::spatial_dot(var_34, var_37);
    var_38 = wp::spatial_top(var_7);
    var_40 = wp::extract(var_38, var_39);
    var_41 = wp::add(var_36, var_40);
    var_42 = wp::spatial_bottom(var_7);
    var_44 = wp::extract(var_42, var_43);
    var_45 = wp::add(var_41, var_44);
    var_46 = twist_power_0(var_7, var_34);
    var_47 = wp::add(var_45, var_46);
    // m = sm[i]                                                                              <L 19>
    var_48 = wp::address(var_sm, var_0);
    var_50 = wp::load(var_48);
    var_49 = wp::copy(var_50);
    // f[i] = y + wp.length(x) + wp.dot(s, s2) + float(wp.argmax(x)) + m[0, 5] + wp.spatial_vector(v[i], v[i])[4]       <L 20>
    var_51 = wp::length(var_34);
    var_52 = wp::add(var_47, var_51);
    var_53 = wp::dot(var_7, var_11);
    var_54 = wp::add(var_52, var_53);
    var_55 = wp::argmax(var_34);
    var_56 = wp::float(var_55);
    var_57 = wp::add(var_54, var_56);
    var_60 = wp::extract(var_49, var_58, var_59);
    var_61 = wp::add(var_57, var_60);
    var_62 = wp::address(var_v, var_0);
    var_63 = wp::address(var_v, var_0);
    var_65 = wp::load(var_62);
    var_66 = wp::load(var_63);
    var_64 = wp::vec_t<6, wp::float32>(var_65, var_66);
    var_68 = wp::extract(var_64, var_67);
    var_69 = wp::add(var_61, var_68);
    // wp::array_store(var_f, var_0, var_69);
    // b[i] = d * wp.float64(2.0)                                                             <L 21>
    var_70 = 2.0;
    var_71 = wp::mul(var_21, var_70);
    // wp::array_store(var_b, var_0, var_71);
    // a[i] = wp.mul(m, x)                                                                    <L 22>
    var_72 = wp::mul(var_49, var_34);
    // wp::array_store(var_a, var_0, var_72);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_72, adj_a, adj_0, adj_72);
    wp::adj_mul(var_49, var_34, adj_49, adj_34, adj_72);
    // adj: a[i] = wp.mul(m, x)                                                               <L 22>
    wp::adj_array_store(var_b, var_0, var_71, adj_b, adj_0, adj_71);
    wp::adj_mul(var_21, var_70, adj_21, adj_70, adj_71);
    // adj: b[i] = d * wp.float64(2.0)                                                        <L 21>
    wp::adj_array_store(var_f, var_0, var_69, adj_f, adj_0, adj_69);
    wp::adj_add(var_61, var_68, adj_61, adj_68, adj_69);
    wp::adj_extract(var_64, var_67, adj_64, adj_67, adj_68);
    wp::adj_vec_t(var_65, var_66, adj_62, adj_63, adj_64);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_63);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_62);
    wp::adj_add(var_57, var_60, adj_57, adj_60, adj_61);
    wp::adj_extract(var_49, var_58, var_59, adj_49, adj_58, adj_59, adj_60);
    wp::adj_add(var_54, var_56, adj_54, adj_56, adj_57);
    wp::adj_float(var_55, adj_55, adj_56);
    wp::adj_add(var_52, var_53, adj_52, adj_53, adj_54);
    wp::adj_dot(var_7, var_11, adj_7, adj_11, adj_53);
    wp::adj_add(var_47, var_51, adj_47, adj_51, adj_52);
    wp::adj_length(var_34, var_51, adj_34, adj_51);
    // adj: f[i] = y + wp.length(x) + wp.dot(s, s2) + float(wp.argmax(x)) + m[0, 5] + wp.spatial_vector(v[i], v[i])[4]  <L 20>
    wp::adj_copy(var_50, adj_48, adj_49);
    wp::adj_address(var_sm, var_0, adj_sm, adj_0, adj_48);
    // adj: m = sm[i]                                                                         <L 19>
    wp::adj_add(var_45, var_46, adj_45, adj_46, adj_47);
    adj_twist_power_0(var_7, var_34, adj_7, adj_34, adj_46);
    wp::adj_add(var_41, var_44, adj_41, adj_44, adj_45);
    wp::adj_extract(var_42, var_43, adj_42, adj_43, adj_44);
    wp::adj_spatial_bottom(var_7, adj_7, adj_42);
    wp::adj_add(var_36, var_40, adj_36, adj_40, adj_41);
    wp::adj_extract(var_38, var_39, adj_38, adj_39, adj_40);
    wp::adj_spatial_top(var_7, adj_7, adj_38);
    wp::adj_spatial_dot(var_34, var_37, adj_34, adj_35, adj_36);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_35);
    // adj: y = wp.spatial_dot(x, a[i]) + wp.spatial_top(s)[0] + wp.spatial_bottom(s).y + twist_power(s, x)  <L 18>
    wp::adj_sub(var_33, var_29, adj_33, adj_29, adj_34);
    wp::adj_add(var_31, var_32, adj_31, adj_32, adj_33);
    wp::adj_spatial_cross(var_7, var_14, adj_7, adj_14, adj_32);
    wp::adj_spatial_cross_dual(var_7, var_11, adj_7, adj_11, adj_31);
    // adj: x = wp.spatial_cross_dual(s, s2) + wp.spatial_cross(s, s3) - e                    <L 17>
    wp::adj_vec_t(var_30, adj_28, adj_29);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_28);
    // adj: e = wp.spatial_vectorf(f[i])                                                      <L 16>
    wp::adj_vec_t({var_22, var_23, var_24, var_25, var_26, var_27}, {&adj_22, &adj_23, &adj_24, &adj_25, &adj_26, &adj_27}, adj_21);
    // adj: d = wp.spatial_vectord(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)                              <L 15>
    // adj: s3 = wp.spatial_vector()                                                          <L 14>
    wp::adj_vec_t(var_12, var_13, adj_9, adj_10, adj_11);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_10);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_9);
    // adj: s2 = wp.spatial_vector(v[i], v[i])                                                <L 13>
    wp::adj_vec_t({var_1, var_2, var_8, var_4, var_5, var_6}, {&adj_1, &adj_2, &adj_3, &adj_4, &adj_5, &adj_6}, adj_7);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_3);
    // adj: s = wp.spatial_vector(1.0, 2.0, f[i], 4.0, 5.0, 6.0)                              <L 12>
    // adj: i = wp.tid()                                                                      <L 11>
    // adj: def k(a: wp.array(dtype=wp.spatial_vector), b: wp.array(dtype=wp.spatial_vectord), f: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), sm: wp.array(dtype=wp.spatial_matrix)):  <L 10>
    return;
}



struct k_35b7a6e0_cpu_block_payload_forward
{
    wp_args_k_35b7a6e0* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_35b7a6e0_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_35b7a6e0_cpu_block_payload_forward* payload = (k_35b7a6e0_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_35b7a6e0_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_35b7a6e0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_35b7a6e0 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_35b7a6e0_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_35b7a6e0_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_35b7a6e0_cpu_block_payload_backward
{
    wp_args_k_35b7a6e0* args;
    wp_args_k_35b7a6e0* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_35b7a6e0_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_35b7a6e0_cpu_block_payload_backward* payload = (k_35b7a6e0_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_35b7a6e0_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_35b7a6e0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_35b7a6e0 *_wp_args,
    wp_args_k_35b7a6e0 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_35b7a6e0_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_35b7a6e0_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

