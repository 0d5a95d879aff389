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

struct wp_args_k_a1c41f2f {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> a;
    wp::array_t<wp::mat_t<2, 2, wp::float64>> b;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void k_a1c41f2f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_a1c41f2f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::mat_t<2, 2, wp::float64>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.0;
    const wp::float32 var_4 = 4.0;
    const wp::float32 var_5 = 5.0;
    const wp::float32 var_6 = 6.0;
    const wp::float32 var_7 = 7.0;
    const wp::float32 var_8 = 8.0;
    const wp::float32 var_9 = 9.0;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32>* var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::mat_t<3, 3, wp::float32> var_14;
    wp::mat_t<3, 3, wp::float32>* var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::float32 var_21 = 0.5;
    const wp::float32 var_22 = 1.0;
    const wp::float32 var_23 = 2.0;
    const wp::float32 var_24 = 3.0;
    wp::mat_t<2, 2, wp::float64> var_25;
    const wp::float64 var_26 = 0.5;
    const wp::float64 var_27 = 1.0;
    const wp::float64 var_28 = 2.0;
    const wp::float64 var_29 = 3.0;
    wp::mat_t<2, 2, wp::float64>* var_30;
    wp::mat_t<2, 2, wp::float64> var_31;
    wp::mat_t<2, 2, wp::float64> var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 0;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 2;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 0;
    const wp::int32 var_45 = 0;
    wp::float64 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 2;
    wp::vec_t<3, wp::float32> var_50;
    wp::mat_t<3, 3, wp::float32> var_51;
    const wp::float32 var_52 = 2.0;
    wp::mat_t<3, 3, wp::float32> var_53;
    wp::mat_t<2, 2, wp::float32> var_54;
    const wp::int32 var_55 = 0;
    wp::float32 var_56;
    wp::float32 var_57;
    const wp::int32 var_58 = 0;
    wp::float32 var_59;
    wp::float32 var_60;
    const wp::int32 var_61 = 0;
    const wp::int32 var_62 = 0;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::mat_t<3, 3, wp::float32> var_65;
    wp::mat_t<3, 3, wp::float32> var_66;
    //---------
    // forward
    // def k(a: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.mat22d), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // m = wp.mat33(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)                              <L 6>
    var_10 = wp::mat_t<3, 3, wp::float32>(var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8, var_9);
    // n = a[i] * m + m - a[i]                                                                <L 7>
    var_11 = wp::address(var_a, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_13, var_10);
    var_14 = wp::add(var_12, var_10);
    var_15 = wp::address(var_a, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::sub(var_14, var_17);
    // w = n * v[i]                                                                           <L 8>
    var_18 = wp::address(var_v, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::mul(var_16, var_20);
    // d = wp.mat22d(0.5, 1.0, 2.0, 3.0)                                                      <L 9>
    var_25 = wp::mat_t<2, 2, wp::float64>(var_26, var_27, var_28, var_29);
    // e = b[i] * d                                                                           <L 10>
    var_30 = wp::address(var_b, var_0);
    var_32 = wp::load(var_30);
    var_31 = wp::mul(var_32, var_25);
    // s = wp.determinant(m) + wp.trace(n) + m[0, 1] + m[1][2] + float(e[0, 0])               <L 11>
    var_33 = wp::determinant(var_10);
    var_34 = wp::trace(var_16);
    var_35 = wp::add(var_33, var_34);
    var_38 = wp::extract(var_10, var_36, var_37);
    var_39 = wp::add(var_35, var_38);
    var_42 = wp::extract(var_10, var_40, var_41);
    var_43 = wp::add(var_39, var_42);
    var_46 = wp::extract(var_31, var_44, var_45);
    var_47 = wp::float(var_46);
    var_48 = wp::add(var_43, var_47);
    // r = m[2]                                                                               <L 12>
    var_50 = wp::extract(var_10, var_49);
    // t = wp.transpose(m) * 2.0                                                              <L 13>
    var_51 = wp::transpose(var_10);
    var_53 = wp::mul(var_51, var_52);
    // z = wp.mat22()                                                                         <L 14>
    var_54 = wp::mat_t<2, 2, wp::float32>();
    // out[i] = s + r[0] + w.x + t[0, 0]                                                      <L 15>
    var_56 = wp::extract(var_50, var_55);
    var_57 = wp::add(var_48, var_56);
    var_59 = wp::extract(var_19, var_58);
    var_60 = wp::add(var_57, var_59);
    var_63 = wp::extract(var_53, var_61, var_62);
    var_64 = wp::add(var_60, var_63);
    wp::array_store(var_out, var_0, var_64);
    // a[i] = -t                                                                              <L 16>
    var_65 = wp::neg(var_53);
    wp::array_store(var_a, var_0, var_65);
    // a[i] += m                                                                              <L 17>
    var_66 = wp::atomic_add(var_a, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void k_a1c41f2f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_a1c41f2f *_wp_args,
    wp_args_k_a1c41f2f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::mat_t<2, 2, wp::float64>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::mat_t<2, 2, wp::float64>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.0;
    const wp::float32 var_4 = 4.0;
    const wp::float32 var_5 = 5.0;
    const wp::float32 var_6 = 6.0;
    const wp::float32 var_7 = 7.0;
    const wp::float32 var_8 = 8.0;
    const wp::float32 var_9 = 9.0;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32>* var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::mat_t<3, 3, wp::float32> var_14;
    wp::mat_t<3, 3, wp::float32>* var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::float32 var_21 = 0.5;
    const wp::float32 var_22 = 1.0;
    const wp::float32 var_23 = 2.0;
    const wp::float32 var_24 = 3.0;
    wp::mat_t<2, 2, wp::float64> var_25;
    const wp::float64 var_26 = 0.5;
    const wp::float64 var_27 = 1.0;
    const wp::float64 var_28 = 2.0;
    const wp::float64 var_29 = 3.0;
    wp::mat_t<2, 2, wp::float64>* var_30;
    wp::mat_t<2, 2, wp::float64> var_31;
    wp::mat_t<2, 2, wp::float64> var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 0;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 2;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 0;
    const wp::int32 var_45 = 0;
    wp::float64 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 2;
    wp::vec_t<3, wp::float32> var_50;
    wp::mat_t<3, 3, wp::float32> var_51;
    const wp::float32 var_52 = 2.0;
    wp::mat_t<3, 3, wp::float32> var_53;
    wp::mat_t<2, 2, wp::float32> var_54;
    const wp::int32 var_55 = 0;
    wp::float32 var_56;
    wp::float32 var_57;
    const wp::int32 var_58 = 0;
    wp::float32 var_59;
    wp::float32 var_60;
    const wp::int32 var_61 = 0;
    const wp::int32 var_62 = 0;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::mat_t<3, 3, wp::float32> var_65;
    wp::mat_t<3, 3, wp::float32> var_66;
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
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::mat_t<3, 3, wp::float32> adj_12 = {};
    wp::mat_t<3, 3, wp::float32> adj_13 = {};
    wp::mat_t<3, 3, wp::float32> adj_14 = {};
    wp::mat_t<3, 3, wp::float32> adj_15 = {};
    wp::mat_t<3, 3, wp::float32> adj_16 = {};
    wp::mat_t<3, 3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::mat_t<2, 2, wp::float64> adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float64 adj_27 = {};
    wp::float64 adj_28 = {};
    wp::float64 adj_29 = {};
    wp::mat_t<2, 2, wp::float64> adj_30 = {};
    wp::mat_t<2, 2, wp::float64> adj_31 = {};
    wp::mat_t<2, 2, wp::float64> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float64 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::mat_t<3, 3, wp::float32> adj_51 = {};
    wp::float32 adj_52 = {};
    wp::mat_t<3, 3, wp::float32> adj_53 = {};
    wp::mat_t<2, 2, wp::float32> adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::mat_t<3, 3, wp::float32> adj_65 = {};
    wp::mat_t<3, 3, wp::float32> adj_66 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.mat22d), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // m = wp.mat33(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)                              <L 6>
    var_10 = wp::mat_t<3, 3, wp::float32>(var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8, var_9);
    // n = a[i] * m + m - a[i]                                                                <L 7>
    var_11 = wp::address(var_a, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_13, var_10);
    var_14 = wp::add(var_12, var_10);
    var_15 = wp::address(var_a, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::sub(var_14, var_17);
    // w = n * v[i]                                                                           <L 8>
    var_18 = wp::address(var_v, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::mul(var_16, var_20);
    // d = wp.mat22d(0.5, 1.0, 2.0, 3.0)                                                      <L 9>
    var_25 = wp::mat_t<2, 2, wp::float64>(var_26, var_27, var_28, var_29);
    // e = b[i] * d                                                                           <L 10>
    var_30 = wp::address(var_b, var_0);
    var_32 = wp::load(var_30);
    var_31 = wp::mul(var_32, var_25);
    // s = wp.determinant(m) + wp.trace(n) + m[0, 1] + m[1][2] + float(e[0, 0])               <L 11>
    var_33 = wp::determinant(var_10);
    var_34 = wp::trace(var_16);
    var_35 = wp::add(var_33, var_34);
    var_38 = wp::extract(var_10, var_36, var_37);
    var_39 = wp::add(var_35, var_38);
    var_42 = wp::extract(var_10, var_40, var_41);
    var_43 = wp::add(var_39, var_42);
    var_46 = wp::extract(var_31, var_44, var_45);
    var_47 = wp::float(var_46);
    var_48 = wp::add(var_43, var_47);
    // r = m[2]                                                                               <L 12>
    var_50 = wp::extract(var_10, var_49);
    // t = wp.transpose(m) * 2.0                                                              <L 13>
    var_51 = wp::transpose(var_10);
    var_53 = wp::mul(var_51, var_52);
    // z = wp.mat22()                                                                         <L 14>
    var_54 = wp::mat_t<2, 2, wp::float32>();
    // out[i] = s + r[0] + w.x + t[0, 0]                                                      <L 15>
    var_56 = wp::extract(var_50, var_55);
    var_57 = wp::add(var_48, var_56);
    var_59 = wp::extract(var_19, var_58);
    var_60 = wp::add(var_57, var_59);
    var_63 = wp::extract(var_53, var_61, var_62);
    var_64 = wp::add(var_60, var_63);
    // wp::array_store(var_out, var_0, var_64);
    // a[i] = -t                                                                              <L 16>
    var_65 = wp::neg(var_53);
    // wp::array_store(var_a, var_0, var_65);
    // a[i] += m                                                                              <L 17>
    // var_66 = wp::atomic_add(var_a, var_0, var_10);
    //---------
    // reverse
    wp::adj_atomic_add(var_a, var_0, var_10, adj_a, adj_0, adj_10, adj_66);
    // adj: a[i] += m                                                                         <L 17>
    wp::adj_array_store(var_a, var_0, var_65, adj_a, adj_0, adj_65);
    wp::adj_neg(var_53, adj_53, adj_65);
    // adj: a[i] = -t                                                                         <L 16>
    wp::adj_array_store(var_out, var_0, var_64, adj_out, adj_0, adj_64);
    wp::adj_add(var_60, var_63, adj_60, adj_63, adj_64);
    wp::adj_extract(var_53, var_61, var_62, adj_53, adj_61, adj_62, adj_63);
    wp::adj_add(var_57, var_59, adj_57, adj_59, adj_60);
    wp::adj_extract(var_19, var_58, adj_19, adj_58, adj_59);
    wp::adj_add(var_48, var_56, adj_48, adj_56, adj_57);
    wp::adj_extract(var_50, var_55, adj_50, adj_55, adj_56);
    // adj: out[i] = s + r[0] + w.x + t[0, 0]                                                 <L 15>
    // adj: z = wp.mat22()                                                                    <L 14>
    wp::adj_mul(var_51, var_52, adj_51, adj_52, adj_53);
    wp::adj_transpose(var_10, adj_10, adj_51);
    // adj: t = wp.transpose(m) * 2.0                                                         <L 13>
    wp::adj_extract(var_10, var_49, adj_10, adj_49, adj_50);
    // adj: r = m[2]                                                                          <L 12>
    wp::adj_add(var_43, var_47, adj_43, adj_47, adj_48);
    wp::adj_float(var_46, adj_46, adj_47);
    wp::adj_extract(var_31, var_44, var_45, adj_31, adj_44, adj_45, adj_46);
    wp::adj_add(var_39, var_42, adj_39, adj_42, adj_43);
    wp::adj_extract(var_10, var_40, var_41, adj_10, adj_40, adj_41, adj_42);
    wp::adj_add(var_35, var_38, adj_35, adj_38, adj_39);
    wp::adj_extract(var_10, var_36, var_37, adj_10, adj_36, adj_37, adj_38);
    wp::adj_add(var_33, var_34, adj_33, adj_34, adj_35);
    wp::adj_trace(var_16, adj_16, adj_34);
    wp::adj_determinant(var_10, adj_10, adj_33);
    // adj: s = wp.determinant(m) + wp.trace(n) + m[0, 1] + m[1][2] + float(e[0, 0])          <L 11>
    wp::adj_mul(var_32, var_25, adj_30, adj_25, adj_31);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_30);
    // adj: e = b[i] * d                                                                      <L 10>
    wp::adj_mat_t(var_26, var_27, var_28, var_29, adj_26, adj_27, adj_28, adj_29, adj_25);
    // adj: d = wp.mat22d(0.5, 1.0, 2.0, 3.0)                                                 <L 9>
    wp::adj_mul(var_16, var_20, adj_16, adj_18, adj_19);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_18);
    // adj: w = n * v[i]                                                                      <L 8>
    wp::adj_sub(var_14, var_17, adj_14, adj_15, adj_16);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_15);
    wp::adj_add(var_12, var_10, adj_12, adj_10, adj_14);
    wp::adj_mul(var_13, var_10, adj_11, adj_10, adj_12);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_11);
    // adj: n = a[i] * m + m - a[i]                                                           <L 7>
    wp::adj_mat_t(var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8, var_9, adj_1, adj_2, adj_3, adj_4, adj_5, adj_6, adj_7, adj_8, adj_9, adj_10);
    // adj: m = wp.mat33(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)                         <L 6>
    // adj: i = wp.tid()                                                                      <L 5>
    // adj: def k(a: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.mat22d), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):  <L 4>
    return;
}



struct k_a1c41f2f_cpu_block_payload_forward
{
    wp_args_k_a1c41f2f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_a1c41f2f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_a1c41f2f_cpu_block_payload_forward* payload = (k_a1c41f2f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_a1c41f2f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_a1c41f2f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_a1c41f2f *_wp_args)
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
        k_a1c41f2f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_a1c41f2f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_a1c41f2f_cpu_block_payload_backward
{
    wp_args_k_a1c41f2f* args;
    wp_args_k_a1c41f2f* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_a1c41f2f_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_a1c41f2f_cpu_block_payload_backward* payload = (k_a1c41f2f_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_a1c41f2f_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_a1c41f2f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_a1c41f2f *_wp_args,
    wp_args_k_a1c41f2f *_wp_adj_args)
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
        k_a1c41f2f_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_a1c41f2f_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

