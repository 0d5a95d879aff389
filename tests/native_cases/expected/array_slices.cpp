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


// warpsynth/array_slices.py:10
static wp::float32 first_two_0(
    wp::array_t<wp::float32> var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 2;
    wp::slice_t var_2;
    const wp::int32 var_3 = 1;
    wp::array_t<wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::float32* var_6;
    const wp::int32 var_7 = 1;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def first_two(v: wp.array(dtype=float)) -> float:                                      <L 11>
    // w = v[0:2]                                                                             <L 12>
    var_2 = wp::slice_t(var_0, var_1, var_3);
    var_4 = wp::view(var_v, var_2);
    // return w[0] + w[1]                                                                     <L 13>
    var_6 = wp::address(var_4, var_5);
    var_8 = wp::address(var_4, var_7);
    var_10 = wp::load(var_6);
    var_11 = wp::load(var_8);
    var_9 = wp::add(var_10, var_11);
    return var_9;
}


// warpsynth/array_slices.py:10
static void adj_first_two_0(
    wp::array_t<wp::float32> var_v,
    wp::array_t<wp::float32> & adj_v,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 2;
    wp::slice_t var_2;
    const wp::int32 var_3 = 1;
    wp::array_t<wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::float32* var_6;
    const wp::int32 var_7 = 1;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::slice_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::array_t<wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    //---------
    // forward
    // def first_two(v: wp.array(dtype=float)) -> float:                                      <L 11>
    // w = v[0:2]                                                                             <L 12>
    var_2 = wp::slice_t(var_0, var_1, var_3);
    var_4 = wp::view(var_v, var_2);
    // return w[0] + w[1]                                                                     <L 13>
    var_6 = wp::address(var_4, var_5);
    var_8 = wp::address(var_4, var_7);
    var_10 = wp::load(var_6);
    var_11 = wp::load(var_8);
    var_9 = wp::add(var_10, var_11);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_add(var_10, var_11, adj_6, adj_8, adj_9);
    wp::adj_address(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_address(var_4, var_5, adj_4, adj_5, adj_6);
    // adj: return w[0] + w[1]                                                                <L 13>
    wp::adj_view(var_v, var_2, adj_v, adj_2, adj_4);
    // adj: w = v[0:2]                                                                        <L 12>
    // adj: def first_two(v: wp.array(dtype=float)) -> float:                                 <L 11>
    return;
}

struct wp_args_view_targets_0a1529ad {
    wp::array_t<wp::vec_t<3, wp::float32>> c;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> s;
    wp::array_t<wp::uint8> u;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> m;
    wp::int32 t;
};


template <bool wp_linear_contiguous>
static void view_targets_0a1529ad_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_view_targets_0a1529ad *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_s = _wp_args->s;
    wp::array_t<wp::uint8> var_u = _wp_args->u;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::int32 var_t = _wp_args->t;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::slice_t var_5;
    const wp::int32 var_6 = -2147483648;
    const wp::int32 var_7 = 1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_8;
    const wp::int32 var_9 = 2;
    wp::slice_t var_10;
    const wp::int32 var_11 = 2147483647;
    const wp::int32 var_12 = -2147483648;
    wp::array_t<wp::vec_t<3, wp::float32>> var_13;
    const wp::float32 var_14 = 1.0;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::slice_t var_21;
    const wp::int32 var_22 = -2147483648;
    const wp::int32 var_23 = 1;
    wp::array_t<wp::float32> var_24;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 1;
    wp::slice_t var_27;
    const wp::int32 var_28 = -2147483648;
    const wp::int32 var_29 = 1;
    wp::array_t<wp::float32> var_30;
    const wp::int32 var_31 = 0;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 2;
    wp::slice_t var_36;
    const wp::int32 var_37 = 2147483647;
    const wp::int32 var_38 = -2147483648;
    wp::slice_t var_39;
    const wp::int32 var_40 = -2147483648;
    const wp::int32 var_41 = 1;
    wp::array_t<wp::float32> var_42;
    const wp::int32 var_43 = 0;
    wp::float32* var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 1;
    wp::slice_t var_48;
    const wp::int32 var_49 = -2147483648;
    const wp::int32 var_50 = 1;
    wp::array_t<wp::float32> var_51;
    const wp::int32 var_52 = 0;
    wp::float32* var_53;
    const wp::float32 var_54 = 2.0;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::shape_t* var_57;
    const wp::int32 var_58 = 0;
    wp::int32 var_59;
    wp::shape_t var_60;
    const wp::int32 var_61 = 1;
    wp::int32 var_62;
    wp::slice_t var_63;
    const wp::int32 var_64 = -2147483648;
    const wp::int32 var_65 = 1;
    const wp::int32 var_66 = 1;
    wp::slice_t var_67;
    const wp::int32 var_68 = -2147483648;
    const wp::int32 var_69 = 1;
    wp::array_t<wp::float32> var_70;
    const wp::int32 var_71 = 0;
    const wp::int32 var_72 = 0;
    wp::float32* var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::slice_t var_76;
    const wp::int32 var_77 = -2147483648;
    const wp::int32 var_78 = 1;
    wp::array_t<wp::float32> var_79;
    const wp::int32 var_80 = 0;
    const wp::int32 var_81 = 1;
    wp::slice_t var_82;
    const wp::int32 var_83 = -2147483648;
    const wp::int32 var_84 = 1;
    wp::array_t<wp::uint8> var_85;
    wp::uint8* var_86;
    const wp::int32 var_87 = 3;
    wp::uint8 var_88;
    wp::uint8 var_89;
    wp::uint8 var_90;
    const wp::float32 var_91 = 1.0;
    const wp::float32 var_92 = 2.0;
    const wp::float32 var_93 = 3.0;
    const wp::float32 var_94 = 4.0;
    wp::mat_t<2, 2, wp::float32> var_95;
    wp::slice_t var_96;
    const wp::int32 var_97 = -2147483648;
    const wp::int32 var_98 = 1;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_99;
    wp::slice_t var_100;
    const wp::int32 var_101 = -2147483648;
    const wp::int32 var_102 = 1;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_103;
    const wp::float32 var_104 = 1.0;
    const wp::float32 var_105 = 2.0;
    const wp::float32 var_106 = 3.0;
    const wp::float32 var_107 = 4.0;
    wp::mat_t<2, 2, wp::float32> var_108;
    wp::mat_t<2, 2, wp::float32> var_109;
    //---------
    // forward
    // def view_targets(                                                                      <L 59>
    // i = wp.tid()                                                                           <L 67>
    var_0 = builtin_tid1d();
    // c[1:][i] = wp.vec3(s[i])                                                               <L 68>
    var_1 = wp::address(var_s, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::vec_t<3, wp::float32>(var_3);
    var_5 = wp::slice_t(var_4, var_6, var_7);
    var_8 = wp::view(var_c, var_5);
    wp::array_store(var_8, var_0, var_2);
    // c[::2][i] += wp.vec3(1.0)                                                              <L 69>
    var_10 = wp::slice_t(var_11, var_12, var_9);
    var_13 = wp::view(var_c, var_10);
    var_15 = wp::vec_t<3, wp::float32>(var_14);
    var_16 = wp::atomic_add(var_13, var_0, var_15);
    // b[i][1:][0] = s[i]                                                                     <L 70>
    var_17 = wp::address(var_s, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    var_21 = wp::slice_t(var_20, var_22, var_23);
    var_24 = wp::view(var_b, var_0, var_21);
    wp::array_store(var_24, var_25, var_18);
    // b[i, 1:][0] += s[i]                                                                    <L 71>
    var_27 = wp::slice_t(var_26, var_28, var_29);
    var_30 = wp::view(var_b, var_0, var_27);
    var_32 = wp::address(var_s, var_0);
    var_34 = wp::load(var_32);
    var_33 = wp::atomic_add(var_30, var_31, var_34);
    // b[::2, t:][i, 0] -= s[i]                                                               <L 72>
    var_36 = wp::slice_t(var_37, var_38, var_35);
    var_39 = wp::slice_t(var_t, var_40, var_41);
    var_42 = wp::view(var_b, var_36, var_39);
    var_44 = wp::address(var_s, var_0);
    var_46 = wp::load(var_44);
    var_45 = wp::atomic_sub(var_42, var_0, var_43, var_46);
    // b[1:][i][0] *= 2.0                                                                     <L 73>
    var_48 = wp::slice_t(var_47, var_49, var_50);
    var_51 = wp::view(var_b, var_48, var_0);
    var_53 = wp::address(var_51, var_52);
    var_56 = wp::load(var_53);
    var_55 = wp::mul(var_56, var_54);
    wp::array_store(var_51, var_52, var_55);
    // s[i:][0] = b[s.shape[0] - 1 :, 1:][0, 0]                                               <L 74>
    var_57 = &(var_s.shape);
    var_60 = wp::load(var_57);
    var_59 = wp::extract(var_60, var_58);
    var_62 = wp::sub(var_59, var_61);
    var_63 = wp::slice_t(var_62, var_64, var_65);
    var_67 = wp::slice_t(var_66, var_68, var_69);
    var_70 = wp::view(var_b, var_63, var_67);
    var_73 = wp::address(var_70, var_71, var_72);
    var_75 = wp::load(var_73);
    var_74 = wp::copy(var_75);
    var_76 = wp::slice_t(var_0, var_77, var_78);
    var_79 = wp::view(var_s, var_76);
    wp::array_store(var_79, var_80, var_74);
    // u[1:][i] += wp.uint8(3)                                                                <L 75>
    var_82 = wp::slice_t(var_81, var_83, var_84);
    var_85 = wp::view(var_u, var_82);
    var_86 = wp::address(var_85, var_0);
    var_88 = wp::uint8(var_87);
    var_90 = wp::load(var_86);
    var_89 = wp::add(var_90, var_88);
    wp::array_store(var_85, var_0, var_89);
    // m[t:][i] = wp.mat22(1.0, 2.0, 3.0, 4.0)                                                <L 76>
    var_95 = wp::mat_t<2, 2, wp::float32>(var_91, var_92, var_93, var_94);
    var_96 = wp::slice_t(var_t, var_97, var_98);
    var_99 = wp::view(var_m, var_96);
    wp::array_store(var_99, var_0, var_95);
    // m[t:][i] -= wp.mat22(1.0, 2.0, 3.0, 4.0)                                               <L 77>
    var_100 = wp::slice_t(var_t, var_101, var_102);
    var_103 = wp::view(var_m, var_100);
    var_108 = wp::mat_t<2, 2, wp::float32>(var_104, var_105, var_106, var_107);
    var_109 = wp::atomic_sub(var_103, var_0, var_108);
}



template <bool wp_linear_contiguous>
static void view_targets_0a1529ad_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_view_targets_0a1529ad *_wp_args,
    wp_args_view_targets_0a1529ad *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_s = _wp_args->s;
    wp::array_t<wp::uint8> var_u = _wp_args->u;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::int32 var_t = _wp_args->t;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_c = _wp_adj_args->c;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_s = _wp_adj_args->s;
    wp::array_t<wp::uint8> adj_u = _wp_adj_args->u;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m = _wp_adj_args->m;
    wp::int32 adj_t = _wp_adj_args->t;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::slice_t var_5;
    const wp::int32 var_6 = -2147483648;
    const wp::int32 var_7 = 1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_8;
    const wp::int32 var_9 = 2;
    wp::slice_t var_10;
    const wp::int32 var_11 = 2147483647;
    const wp::int32 var_12 = -2147483648;
    wp::array_t<wp::vec_t<3, wp::float32>> var_13;
    const wp::float32 var_14 = 1.0;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::slice_t var_21;
    const wp::int32 var_22 = -2147483648;
    const wp::int32 var_23 = 1;
    wp::array_t<wp::float32> var_24;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 1;
    wp::slice_t var_27;
    const wp::int32 var_28 = -2147483648;
    const wp::int32 var_29 = 1;
    wp::array_t<wp::float32> var_30;
    const wp::int32 var_31 = 0;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 2;
    wp::slice_t var_36;
    const wp::int32 var_37 = 2147483647;
    const wp::int32 var_38 = -2147483648;
    wp::slice_t var_39;
    const wp::int32 var_40 = -2147483648;
    const wp::int32 var_41 = 1;
    wp::array_t<wp::float32> var_42;
    const wp::int32 var_43 = 0;
    wp::float32* var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 1;
    wp::slice_t var_48;
    const wp::int32 var_49 = -2147483648;
    const wp::int32 var_50 = 1;
    wp::array_t<wp::float32> var_51;
    const wp::int32 var_52 = 0;
    wp::float32* var_53;
    const wp::float32 var_54 = 2.0;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::shape_t* var_57;
    const wp::int32 var_58 = 0;
    wp::int32 var_59;
    wp::shape_t var_60;
    const wp::int32 var_61 = 1;
    wp::int32 var_62;
    wp::slice_t var_63;
    const wp::int32 var_64 = -2147483648;
    const wp::int32 var_65 = 1;
    const wp::int32 var_66 = 1;
    wp::slice_t var_67;
    const wp::int32 var_68 = -2147483648;
    const wp::int32 var_69 = 1;
    wp::array_t<wp::float32> var_70;
    const wp::int32 var_71 = 0;
    const wp::int32 var_72 = 0;
    wp::float32* var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::slice_t var_76;
    const wp::int32 var_77 = -2147483648;
    const wp::int32 var_78 = 1;
    wp::array_t<wp::float32> var_79;
    const wp::int32 var_80 = 0;
    const wp::int32 var_81 = 1;
    wp::slice_t var_82;
    const wp::int32 var_83 = -2147483648;
    const wp::int32 var_84 = 1;
    wp::array_t<wp::uint8> var_85;
    wp::uint8* var_86;
    const wp::int32 var_87 = 3;
    wp::uint8 var_88;
    wp::uint8 var_89;
    wp::uint8 var_90;
    const wp::float32 var_91 = 1.0;
    const wp::float32 var_92 = 2.0;
    const wp::float32 var_93 = 3.0;
    const wp::float32 var_94 = 4.0;
    wp::mat_t<2, 2, wp::float32> var_95;
    wp::slice_t var_96;
    const wp::int32 var_97 = -2147483648;
    const wp::int32 var_98 = 1;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_99;
    wp::slice_t var_100;
    const wp::int32 var_101 = -2147483648;
    const wp::int32 var_102 = 1;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_103;
    const wp::float32 var_104 = 1.0;
    const wp::float32 var_105 = 2.0;
    const wp::float32 var_106 = 3.0;
    const wp::float32 var_107 = 4.0;
    wp::mat_t<2, 2, wp::float32> var_108;
    wp::mat_t<2, 2, wp::float32> var_109;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::slice_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::slice_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::slice_t adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::array_t<wp::float32> adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::slice_t adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::array_t<wp::float32> adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::slice_t adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::slice_t adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::array_t<wp::float32> adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::slice_t adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::array_t<wp::float32> adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::shape_t adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::shape_t adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::slice_t adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::slice_t adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::array_t<wp::float32> adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::slice_t adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::array_t<wp::float32> adj_79 = {};
    wp::int32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::slice_t adj_82 = {};
    wp::int32 adj_83 = {};
    wp::int32 adj_84 = {};
    wp::array_t<wp::uint8> adj_85 = {};
    wp::uint8 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::uint8 adj_88 = {};
    wp::uint8 adj_89 = {};
    wp::uint8 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::mat_t<2, 2, wp::float32> adj_95 = {};
    wp::slice_t adj_96 = {};
    wp::int32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_99 = {};
    wp::slice_t adj_100 = {};
    wp::int32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::float32 adj_107 = {};
    wp::mat_t<2, 2, wp::float32> adj_108 = {};
    wp::mat_t<2, 2, wp::float32> adj_109 = {};
    //---------
    // forward
    // def view_targets(                                                                      <L 59>
    // i = wp.tid()                                                                           <L 67>
    var_0 = builtin_tid1d();
    // c[1:][i] = wp.vec3(s[i])                                                               <L 68>
    var_1 = wp::address(var_s, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::vec_t<3, wp::float32>(var_3);
    var_5 = wp::slice_t(var_4, var_6, var_7);
    var_8 = wp::view(var_c, var_5);
    // wp::array_store(var_8, var_0, var_2);
    // c[::2][i] += wp.vec3(1.0)                                                              <L 69>
    var_10 = wp::slice_t(var_11, var_12, var_9);
    var_13 = wp::view(var_c, var_10);
    var_15 = wp::vec_t<3, wp::float32>(var_14);
    // var_16 = wp::atomic_add(var_13, var_0, var_15);
    // b[i][1:][0] = s[i]                                                                     <L 70>
    var_17 = wp::address(var_s, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    var_21 = wp::slice_t(var_20, var_22, var_23);
    var_24 = wp::view(var_b, var_0, var_21);
    // wp::array_store(var_24, var_25, var_18);
    // b[i, 1:][0] += s[i]                                                                    <L 71>
    var_27 = wp::slice_t(var_26, var_28, var_29);
    var_30 = wp::view(var_b, var_0, var_27);
    var_32 = wp::address(var_s, var_0);
    var_34 = wp::load(var_32);
    // var_33 = wp::atomic_add(var_30, var_31, var_34);
    // b[::2, t:][i, 0] -= s[i]                                                               <L 72>
    var_36 = wp::slice_t(var_37, var_38, var_35);
    var_39 = wp::slice_t(var_t, var_40, var_41);
    var_42 = wp::view(var_b, var_36, var_39);
    var_44 = wp::address(var_s, var_0);
    var_46 = wp::load(var_44);
    // var_45 = wp::atomic_sub(var_42, var_0, var_43, var_46);
    // b[1:][i][0] *= 2.0                                                                     <L 73>
    var_48 = wp::slice_t(var_47, var_49, var_50);
    var_51 = wp::view(var_b, var_48, var_0);
    var_53 = wp::address(var_51, var_52);
    var_56 = wp::load(var_53);
    var_55 = wp::mul(var_56, var_54);
    // wp::array_store(var_51, var_52, var_55);
    // s[i:][0] = b[s.shape[0] - 1 :, 1:][0, 0]                                               <L 74>
    var_57 = &(var_s.shape);
    var_60 = wp::load(var_57);
    var_59 = wp::extract(var_60, var_58);
    var_62 = wp::sub(var_59, var_61);
    var_63 = wp::slice_t(var_62, var_64, var_65);
    var_67 = wp::slice_t(var_66, var_68, var_69);
    var_70 = wp::view(var_b, var_63, var_67);
    var_73 = wp::address(var_70, var_71, var_72);
    var_75 = wp::load(var_73);
    var_74 = wp::copy(var_75);
    var_76 = wp::slice_t(var_0, var_77, var_78);
    var_79 = wp::view(var_s, var_76);
    // wp::array_store(var_79, var_80, var_74);
    // u[1:][i] += wp.uint8(3)                                                                <L 75>
    var_82 = wp::slice_t(var_81, var_83, var_84);
    var_85 = wp::view(var_u, var_82);
    var_86 = wp::address(var_85, var_0);
    var_88 = wp::uint8(var_87);
    var_90 = wp::load(var_86);
    var_89 = wp::add(var_90, var_88);
    // wp::array_store(var_85, var_0, var_89);
    // m[t:][i] = wp.mat22(1.0, 2.0, 3.0, 4.0)                                                <L 76>
    var_95 = wp::mat_t<2, 2, wp::float32>(var_91, var_92, var_93, var_94);
    var_96 = wp::slice_t(var_t, var_97, var_98);
    var_99 = wp::view(var_m, var_96);
    // wp::array_store(var_99, var_0, var_95);
    // m[t:][i] -= wp.mat22(1.0, 2.0, 3.0, 4.0)                                               <L 77>
    var_100 = wp::slice_t(var_t, var_101, var_102);
    var_103 = wp::view(var_m, var_100);
    var_108 = wp::mat_t<2, 2, wp::float32>(var_104, var_105, var_106, var_107);
    // var_109 = wp::atomic_sub(var_103, var_0, var_108);
    //---------
    // reverse
    wp::adj_atomic_sub(var_103, var_0, var_108, adj_103, adj_0, adj_108, adj_109);
    wp::adj_mat_t(var_104, var_105, var_106, var_107, adj_104, adj_105, adj_106, adj_107, adj_108);
    wp::adj_view(var_m, var_100, adj_m, adj_100, adj_103);
    // adj: m[t:][i] -= wp.mat22(1.0, 2.0, 3.0, 4.0)                                          <L 77>
    wp::adj_array_store(var_99, var_0, var_95, adj_99, adj_0, adj_95);
    wp::adj_view(var_m, var_96, adj_m, adj_96, adj_99);
    wp::adj_mat_t(var_91, var_92, var_93, var_94, adj_91, adj_92, adj_93, adj_94, adj_95);
    // adj: m[t:][i] = wp.mat22(1.0, 2.0, 3.0, 4.0)                                           <L 76>
    wp::adj_array_store(var_85, var_0, var_89, adj_85, adj_0, adj_89);
    wp::adj_add(var_90, var_88, adj_86, adj_88, adj_89);
    wp::adj_address(var_85, var_0, adj_85, adj_0, adj_86);
    wp::adj_view(var_u, var_82, adj_u, adj_82, adj_85);
    // adj: u[1:][i] += wp.uint8(3)                                                           <L 75>
    wp::adj_array_store(var_79, var_80, var_74, adj_79, adj_80, adj_74);
    wp::adj_view(var_s, var_76, adj_s, adj_76, adj_79);
    wp::adj_copy(var_75, adj_73, adj_74);
    wp::adj_address(var_70, var_71, var_72, adj_70, adj_71, adj_72, adj_73);
    wp::adj_view(var_b, var_63, var_67, adj_b, adj_63, adj_67, adj_70);
    wp::adj_sub(var_59, var_61, adj_59, adj_61, adj_62);
    adj_s.shape = adj_57;
    // adj: s[i:][0] = b[s.shape[0] - 1 :, 1:][0, 0]                                          <L 74>
    wp::adj_array_store(var_51, var_52, var_55, adj_51, adj_52, adj_55);
    wp::adj_mul(var_56, var_54, adj_53, adj_54, adj_55);
    wp::adj_address(var_51, var_52, adj_51, adj_52, adj_53);
    wp::adj_view(var_b, var_48, var_0, adj_b, adj_48, adj_0, adj_51);
    // adj: b[1:][i][0] *= 2.0                                                                <L 73>
    wp::adj_atomic_sub(var_42, var_0, var_43, var_46, adj_42, adj_0, adj_43, adj_44, adj_45);
    wp::adj_address(var_s, var_0, adj_s, adj_0, adj_44);
    wp::adj_view(var_b, var_36, var_39, adj_b, adj_36, adj_39, adj_42);
    // adj: b[::2, t:][i, 0] -= s[i]                                                          <L 72>
    wp::adj_atomic_add(var_30, var_31, var_34, adj_30, adj_31, adj_32, adj_33);
    wp::adj_address(var_s, var_0, adj_s, adj_0, adj_32);
    wp::adj_view(var_b, var_0, var_27, adj_b, adj_0, adj_27, adj_30);
    // adj: b[i, 1:][0] += s[i]                                                               <L 71>
    wp::adj_array_store(var_24, var_25, var_18, adj_24, adj_25, adj_18);
    wp::adj_view(var_b, var_0, var_21, adj_b, adj_0, adj_21, adj_24);
    wp::adj_copy(var_19, adj_17, adj_18);
    wp::adj_address(var_s, var_0, adj_s, adj_0, adj_17);
    // adj: b[i][1:][0] = s[i]                                                                <L 70>
    wp::adj_atomic_add(var_13, var_0, var_15, adj_13, adj_0, adj_15, adj_16);
    wp::adj_vec_t(var_14, adj_14, adj_15);
    wp::adj_view(var_c, var_10, adj_c, adj_10, adj_13);
    // adj: c[::2][i] += wp.vec3(1.0)                                                         <L 69>
    wp::adj_array_store(var_8, var_0, var_2, adj_8, adj_0, adj_2);
    wp::adj_view(var_c, var_5, adj_c, adj_5, adj_8);
    wp::adj_vec_t(var_3, adj_1, adj_2);
    wp::adj_address(var_s, var_0, adj_s, adj_0, adj_1);
    // adj: c[1:][i] = wp.vec3(s[i])                                                          <L 68>
    // adj: i = wp.tid()                                                                      <L 67>
    // adj: def view_targets(                                                                 <L 59>
    return;
}



struct view_targets_0a1529ad_cpu_block_payload_forward
{
    wp_args_view_targets_0a1529ad* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void view_targets_0a1529ad_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    view_targets_0a1529ad_cpu_block_payload_forward* payload = (view_targets_0a1529ad_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    view_targets_0a1529ad_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void view_targets_0a1529ad_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_view_targets_0a1529ad *_wp_args)
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
        view_targets_0a1529ad_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &view_targets_0a1529ad_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct view_targets_0a1529ad_cpu_block_payload_backward
{
    wp_args_view_targets_0a1529ad* args;
    wp_args_view_targets_0a1529ad* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void view_targets_0a1529ad_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    view_targets_0a1529ad_cpu_block_payload_backward* payload = (view_targets_0a1529ad_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    view_targets_0a1529ad_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void view_targets_0a1529ad_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_view_targets_0a1529ad *_wp_args,
    wp_args_view_targets_0a1529ad *_wp_adj_args)
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
        view_targets_0a1529ad_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &view_targets_0a1529ad_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_view_slots_4e03e43a {
    wp::array_t<wp::vec_t<3, wp::float32>> c;
    wp::array_t<wp::vec_t<3, wp::float32>> c2;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> m;
    wp::array_t<wp::transform_t<wp::float32>> q;
    wp::array_t<wp::float32> s;
    wp::int32 t;
};


template <bool wp_linear_contiguous>
static void view_slots_4e03e43a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_view_slots_4e03e43a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<3, wp::float32>> var_c2 = _wp_args->c2;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::transform_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::float32> var_s = _wp_args->s;
    wp::int32 var_t = _wp_args->t;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::int32 var_2 = 1;
    wp::slice_t var_3;
    const wp::int32 var_4 = -2147483648;
    const wp::int32 var_5 = 1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    const wp::int32 var_8 = 0;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::slice_t var_13;
    const wp::int32 var_14 = 2147483647;
    const wp::int32 var_15 = -2147483648;
    wp::array_t<wp::vec_t<3, wp::float32>> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    const wp::int32 var_18 = 1;
    wp::slice_t var_19;
    const wp::int32 var_20 = -2147483648;
    const wp::int32 var_21 = 1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_22;
    wp::vec_t<3, wp::float32>* var_23;
    const wp::int32 var_24 = 2;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::slice_t var_29;
    const wp::int32 var_30 = -2147483648;
    const wp::int32 var_31 = 1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_32;
    const wp::int32 var_33 = 0;
    wp::vec_t<3, wp::float32>* var_34;
    const wp::int32 var_35 = 2;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::array_t<wp::vec_t<3, wp::float32>> var_39;
    const wp::float32 var_40 = 3.0;
    const wp::int32 var_41 = 0;
    wp::vec_t<3, wp::float32>* var_42;
    const wp::int32 var_43 = 0;
    const wp::int32 var_44 = 1;
    wp::vec_t<3, wp::float32>* var_45;
    const wp::int32 var_46 = 1;
    const wp::float32 var_47 = 4.0;
    const wp::int32 var_48 = 1;
    wp::slice_t var_49;
    const wp::int32 var_50 = -2147483648;
    const wp::int32 var_51 = 1;
    const wp::int32 var_52 = 2;
    wp::slice_t var_53;
    const wp::int32 var_54 = 2147483647;
    const wp::int32 var_55 = -2147483648;
    wp::array_t<wp::vec_t<3, wp::float32>> var_56;
    const wp::int32 var_57 = 0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_58;
    const wp::float32 var_59 = 5.0;
    wp::vec_t<3, wp::float32>* var_60;
    const wp::int32 var_61 = 1;
    wp::float32* var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    const wp::int32 var_65 = 2;
    wp::slice_t var_66;
    const wp::int32 var_67 = -2147483648;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_68;
    wp::mat_t<2, 2, wp::float32>* var_69;
    const wp::int32 var_70 = 0;
    const wp::int32 var_71 = 1;
    const wp::float32 var_72 = 1.0;
    wp::vec_t<2, wp::float32> var_73;
    const wp::int32 var_74 = 2;
    wp::slice_t var_75;
    const wp::int32 var_76 = -2147483648;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_77;
    wp::mat_t<2, 2, wp::float32>* var_78;
    const wp::int32 var_79 = 1;
    const wp::float32 var_80 = 1.0;
    wp::vec_t<3, wp::float32> var_81;
    const wp::int32 var_82 = 1;
    wp::slice_t var_83;
    const wp::int32 var_84 = -2147483648;
    const wp::int32 var_85 = 1;
    wp::array_t<wp::transform_t<wp::float32>> var_86;
    wp::transform_t<wp::float32>* var_87;
    //---------
    // forward
    // def view_slots(                                                                        <L 103>
    // i = wp.tid()                                                                           <L 111>
    var_0 = builtin_tid1d();
    // c[1:][i][0] = 1.0                                                                      <L 112>
    var_3 = wp::slice_t(var_2, var_4, var_5);
    var_6 = wp::view(var_c, var_3);
    var_7 = &(wp::index(var_6, var_0));
    wp::store(&(wp::index(var_6, var_0).component_ref(var_8)), var_1);
    // c[::2][i].y = s[i]                                                                     <L 113>
    var_9 = wp::address(var_s, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    var_13 = wp::slice_t(var_14, var_15, var_12);
    var_16 = wp::view(var_c, var_13);
    var_17 = &(wp::index(var_16, var_0));
    wp::store(&(wp::index(var_16, var_0).component_ref(var_18)), var_10);
    // c[t:][i].z += s[i]                                                                     <L 114>
    var_19 = wp::slice_t(var_t, var_20, var_21);
    var_22 = wp::view(var_c, var_19);
    var_23 = &(wp::index(var_22, var_0));
    var_25 = wp::address(var_s, var_0);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    wp::array_atomic_add_slot(var_22, var_26, [&](auto& _e) -> auto& { return _e.component_ref(var_24); }, var_0);
    // c2[i, 1:][0][2] -= s[i]                                                                <L 115>
    var_29 = wp::slice_t(var_28, var_30, var_31);
    var_32 = wp::view(var_c2, var_0, var_29);
    var_34 = &(wp::index(var_32, var_33));
    var_36 = wp::address(var_s, var_0);
    var_38 = wp::load(var_36);
    var_37 = wp::copy(var_38);
    wp::array_atomic_sub_slot(var_32, var_37, [&](auto& _e) -> auto& { return _e.component_ref(var_35); }, var_33);
    // row = c2[i]                                                                            <L 116>
    var_39 = wp::view(var_c2, var_0);
    // row[0].x = 3.0                                                                         <L 117>
    var_42 = &(wp::index(var_39, var_41));
    wp::store(&(wp::index(var_39, var_41).component_ref(var_43)), var_40);
    // row[1][1] += 4.0                                                                       <L 118>
    var_45 = &(wp::index(var_39, var_44));
    wp::array_atomic_add_slot(var_39, var_47, [&](auto& _e) -> auto& { return _e.component_ref(var_46); }, var_44);
    // v = c2[1:, ::2]                                                                        <L 119>
    var_49 = wp::slice_t(var_48, var_50, var_51);
    var_53 = wp::slice_t(var_54, var_55, var_52);
    var_56 = wp::view(var_c2, var_49, var_53);
    // w = v[0]                                                                               <L 120>
    var_58 = wp::view(var_56, var_57);
    // w[i].y = 5.0                                                                           <L 121>
    var_60 = &(wp::index(var_58, var_0));
    wp::store(&(wp::index(var_58, var_0).component_ref(var_61)), var_59);
    // m[t::2][i][0, 1] = s[i]                                                                <L 122>
    var_62 = wp::address(var_s, var_0);
    var_64 = wp::load(var_62);
    var_63 = wp::copy(var_64);
    var_66 = wp::slice_t(var_t, var_67, var_65);
    var_68 = wp::view(var_m, var_66);
    var_69 = &(wp::index(var_68, var_0));
    wp::store(&(wp::index(var_68, var_0).element_ref(var_70, var_71)), var_63);
    // m[t::2][i][1] = wp.vec2(1.0)                                                           <L 123>
    var_73 = wp::vec_t<2, wp::float32>(var_72);
    var_75 = wp::slice_t(var_t, var_76, var_74);
    var_77 = wp::view(var_m, var_75);
    var_78 = &(wp::index(var_77, var_0));
    wp::store(&(wp::index(var_77, var_0).row_ref(var_79)), var_73);
    // q[1:][i].p = wp.vec3(1.0)                                                              <L 124>
    var_81 = wp::vec_t<3, wp::float32>(var_80);
    var_83 = wp::slice_t(var_82, var_84, var_85);
    var_86 = wp::view(var_q, var_83);
    var_87 = &(wp::index(var_86, var_0));
    wp::store(&(wp::index(var_86, var_0).p), var_81);
}



template <bool wp_linear_contiguous>
static void view_slots_4e03e43a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_view_slots_4e03e43a *_wp_args,
    wp_args_view_slots_4e03e43a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<3, wp::float32>> var_c2 = _wp_args->c2;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::transform_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::float32> var_s = _wp_args->s;
    wp::int32 var_t = _wp_args->t;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_c = _wp_adj_args->c;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_c2 = _wp_adj_args->c2;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::transform_t<wp::float32>> adj_q = _wp_adj_args->q;
    wp::array_t<wp::float32> adj_s = _wp_adj_args->s;
    wp::int32 adj_t = _wp_adj_args->t;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::int32 var_2 = 1;
    wp::slice_t var_3;
    const wp::int32 var_4 = -2147483648;
    const wp::int32 var_5 = 1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    const wp::int32 var_8 = 0;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::slice_t var_13;
    const wp::int32 var_14 = 2147483647;
    const wp::int32 var_15 = -2147483648;
    wp::array_t<wp::vec_t<3, wp::float32>> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    const wp::int32 var_18 = 1;
    wp::slice_t var_19;
    const wp::int32 var_20 = -2147483648;
    const wp::int32 var_21 = 1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_22;
    wp::vec_t<3, wp::float32>* var_23;
    const wp::int32 var_24 = 2;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::slice_t var_29;
    const wp::int32 var_30 = -2147483648;
    const wp::int32 var_31 = 1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_32;
    const wp::int32 var_33 = 0;
    wp::vec_t<3, wp::float32>* var_34;
    const wp::int32 var_35 = 2;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::array_t<wp::vec_t<3, wp::float32>> var_39;
    const wp::float32 var_40 = 3.0;
    const wp::int32 var_41 = 0;
    wp::vec_t<3, wp::float32>* var_42;
    const wp::int32 var_43 = 0;
    const wp::int32 var_44 = 1;
    wp::vec_t<3, wp::float32>* var_45;
    const wp::int32 var_46 = 1;
    const wp::float32 var_47 = 4.0;
    const wp::int32 var_48 = 1;
    wp::slice_t var_49;
    const wp::int32 var_50 = -2147483648;
    const wp::int32 var_51 = 1;
    const wp::int32 var_52 = 2;
    wp::slice_t var_53;
    const wp::int32 var_54 = 2147483647;
    const wp::int32 var_55 = -2147483648;
    wp::array_t<wp::vec_t<3, wp::float32>> var_56;
    const wp::int32 var_57 = 0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_58;
    const wp::float32 var_59 = 5.0;
    wp::vec_t<3, wp::float32>* var_60;
    const wp::int32 var_61 = 1;
    wp::float32* var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    const wp::int32 var_65 = 2;
    wp::slice_t var_66;
    const wp::int32 var_67 = -2147483648;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_68;
    wp::mat_t<2, 2, wp::float32>* var_69;
    const wp::int32 var_70 = 0;
    const wp::int32 var_71 = 1;
    const wp::float32 var_72 = 1.0;
    wp::vec_t<2, wp::float32> var_73;
    const wp::int32 var_74 = 2;
    wp::slice_t var_75;
    const wp::int32 var_76 = -2147483648;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_77;
    wp::mat_t<2, 2, wp::float32>* var_78;
    const wp::int32 var_79 = 1;
    const wp::float32 var_80 = 1.0;
    wp::vec_t<3, wp::float32> var_81;
    const wp::int32 var_82 = 1;
    wp::slice_t var_83;
    const wp::int32 var_84 = -2147483648;
    const wp::int32 var_85 = 1;
    wp::array_t<wp::transform_t<wp::float32>> var_86;
    wp::transform_t<wp::float32>* var_87;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::slice_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::slice_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::slice_t adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::slice_t adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_32 = {};
    wp::int32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::int32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::slice_t adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::slice_t adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_56 = {};
    wp::int32 adj_57 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_58 = {};
    wp::float32 adj_59 = {};
    wp::vec_t<3, wp::float32> adj_60 = {};
    wp::int32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::slice_t adj_66 = {};
    wp::int32 adj_67 = {};
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_68 = {};
    wp::mat_t<2, 2, wp::float32> adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::vec_t<2, wp::float32> adj_73 = {};
    wp::int32 adj_74 = {};
    wp::slice_t adj_75 = {};
    wp::int32 adj_76 = {};
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_77 = {};
    wp::mat_t<2, 2, wp::float32> adj_78 = {};
    wp::int32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::vec_t<3, wp::float32> adj_81 = {};
    wp::int32 adj_82 = {};
    wp::slice_t adj_83 = {};
    wp::int32 adj_84 = {};
    wp::int32 adj_85 = {};
    wp::array_t<wp::transform_t<wp::float32>> adj_86 = {};
    wp::transform_t<wp::float32> adj_87 = {};
    //---------
    // forward
    // def view_slots(                                                                        <L 103>
    // i = wp.tid()                                                                           <L 111>
    var_0 = builtin_tid1d();
    // c[1:][i][0] = 1.0                                                                      <L 112>
    var_3 = wp::slice_t(var_2, var_4, var_5);
    var_6 = wp::view(var_c, var_3);
    var_7 = &(wp::index(var_6, var_0));
    // wp::store(&(wp::index(var_6, var_0).component_ref(var_8)), var_1);
    // c[::2][i].y = s[i]                                                                     <L 113>
    var_9 = wp::address(var_s, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    var_13 = wp::slice_t(var_14, var_15, var_12);
    var_16 = wp::view(var_c, var_13);
    var_17 = &(wp::index(var_16, var_0));
    // wp::store(&(wp::index(var_16, var_0).component_ref(var_18)), var_10);
    // c[t:][i].z += s[i]                                                                     <L 114>
    var_19 = wp::slice_t(var_t, var_20, var_21);
    var_22 = wp::view(var_c, var_19);
    var_23 = &(wp::index(var_22, var_0));
    var_25 = wp::address(var_s, var_0);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // wp::array_atomic_add_slot(var_22, var_26, [&](auto& _e) -> auto& { return _e.component_ref(var_24); }, var_0);
    // c2[i, 1:][0][2] -= s[i]                                                                <L 115>
    var_29 = wp::slice_t(var_28, var_30, var_31);
    var_32 = wp::view(var_c2, var_0, var_29);
    var_34 = &(wp::index(var_32, var_33));
    var_36 = wp::address(var_s, var_0);
    var_38 = wp::load(var_36);
    var_37 = wp::copy(var_38);
    // wp::array_atomic_sub_slot(var_32, var_37, [&](auto& _e) -> auto& { return _e.component_ref(var_35); }, var_33);
    // row = c2[i]                                                                            <L 116>
    var_39 = wp::view(var_c2, var_0);
    // row[0].x = 3.0                                                                         <L 117>
    var_42 = &(wp::index(var_39, var_41));
    // wp::store(&(wp::index(var_39, var_41).component_ref(var_43)), var_40);
    // row[1][1] += 4.0                                                                       <L 118>
    var_45 = &(wp::index(var_39, var_44));
    // wp::array_atomic_add_slot(var_39, var_47, [&](auto& _e) -> auto& { return _e.component_ref(var_46); }, var_44);
    // v = c2[1:, ::2]                                                                        <L 119>
    var_49 = wp::slice_t(var_48, var_50, var_51);
    var_53 = wp::slice_t(var_54, var_55, var_52);
    var_56 = wp::view(var_c2, var_49, var_53);
    // w = v[0]                                                                               <L 120>
    var_58 = wp::view(var_56, var_57);
    // w[i].y = 5.0                                                                           <L 121>
    var_60 = &(wp::index(var_58, var_0));
    // wp::store(&(wp::index(var_58, var_0).component_ref(var_61)), var_59);
    // m[t::2][i][0, 1] = s[i]                                                                <L 122>
    var_62 = wp::address(var_s, var_0);
    var_64 = wp::load(var_62);
    var_63 = wp::copy(var_64);
    var_66 = wp::slice_t(var_t, var_67, var_65);
    var_68 = wp::view(var_m, var_66);
    var_69 = &(wp::index(var_68, var_0));
    // wp::store(&(wp::index(var_68, var_0).element_ref(var_70, var_71)), var_63);
    // m[t::2][i][1] = wp.vec2(1.0)                                                           <L 123>
    var_73 = wp::vec_t<2, wp::float32>(var_72);
    var_75 = wp::slice_t(var_t, var_76, var_74);
    var_77 = wp::view(var_m, var_75);
    var_78 = &(wp::index(var_77, var_0));
    // wp::store(&(wp::index(var_77, var_0).row_ref(var_79)), var_73);
    // q[1:][i].p = wp.vec3(1.0)                                                              <L 124>
    var_81 = wp::vec_t<3, wp::float32>(var_80);
    var_83 = wp::slice_t(var_82, var_84, var_85);
    var_86 = wp::view(var_q, var_83);
    var_87 = &(wp::index(var_86, var_0));
    // wp::store(&(wp::index(var_86, var_0).p), var_81);
    //---------
    // reverse
    wp::adj_array_store_slot(var_86, ([&]() -> wp::array_t<wp::transform_t<wp::float32>> { auto slot_adj_0 = adj_q; if (!slot_adj_0.data) return {}; auto slot_adj_1 = wp::view(slot_adj_0, var_83); return slot_adj_1; }()), adj_81, [&](auto& _e) -> auto& { return _e.p; }, var_0);
    wp::adj_view(var_q, var_83, adj_q, adj_83, adj_86);
    wp::adj_vec_t(var_80, adj_80, adj_81);
    // adj: q[1:][i].p = wp.vec3(1.0)                                                         <L 124>
    wp::adj_array_store_slot(var_77, ([&]() -> wp::array_t<wp::mat_t<2, 2, wp::float32>> { auto slot_adj_0 = adj_m; if (!slot_adj_0.data) return {}; auto slot_adj_1 = wp::view(slot_adj_0, var_75); return slot_adj_1; }()), adj_73, [&](auto& _e) -> auto& { return _e.row_ref(var_79); }, var_0);
    wp::adj_view(var_m, var_75, adj_m, adj_75, adj_77);
    wp::adj_vec_t(var_72, adj_72, adj_73);
    // adj: m[t::2][i][1] = wp.vec2(1.0)                                                      <L 123>
    wp::adj_array_store_slot(var_68, ([&]() -> wp::array_t<wp::mat_t<2, 2, wp::float32>> { auto slot_adj_0 = adj_m; if (!slot_adj_0.data) return {}; auto slot_adj_1 = wp::view(slot_adj_0, var_66); return slot_adj_1; }()), adj_63, [&](auto& _e) -> auto& { return _e.element_ref(var_70, var_71); }, var_0);
    wp::adj_view(var_m, var_66, adj_m, adj_66, adj_68);
    wp::adj_copy(var_64, adj_62, adj_63);
    wp::adj_address(var_s, var_0, adj_s, adj_0, adj_62);
    // adj: m[t::2][i][0, 1] = s[i]                                                           <L 122>
    wp::adj_array_store_slot(var_58, ([&]() -> wp::array_t<wp::vec_t<3, wp::float32>> { auto slot_adj_0 = adj_c2; if (!slot_adj_0.data) return {}; auto slot_adj_1 = wp::view(slot_adj_0, var_49, var_53); if (!slot_adj_1.data) return {}; auto slot_adj_2 = wp::view(slot_adj_1, var_57); return slot_adj_2; }()), adj_59, [&](auto& _e) -> auto& { return _e.component_ref(var_61); }, var_0);
    // adj: w[i].y = 5.0                                                                      <L 121>
    wp::adj_view(var_56, var_57, adj_56, adj_57, adj_58);
    // adj: w = v[0]                                                                          <L 120>
    wp::adj_view(var_c2, var_49, var_53, adj_c2, adj_49, adj_53, adj_56);
    // adj: v = c2[1:, ::2]                                                                   <L 119>
    wp::adj_array_atomic_add_slot(var_39, ([&]() -> wp::array_t<wp::vec_t<3, wp::float32>> { auto slot_adj_0 = adj_c2; if (!slot_adj_0.data) return {}; auto slot_adj_1 = wp::view(slot_adj_0, var_0); return slot_adj_1; }()), adj_47, [&](auto& _e) -> auto& { return _e.component_ref(var_46); }, var_44);
    // adj: row[1][1] += 4.0                                                                  <L 118>
    wp::adj_array_store_slot(var_39, ([&]() -> wp::array_t<wp::vec_t<3, wp::float32>> { auto slot_adj_0 = adj_c2; if (!slot_adj_0.data) return {}; auto slot_adj_1 = wp::view(slot_adj_0, var_0); return slot_adj_1; }()), adj_40, [&](auto& _e) -> auto& { return _e.component_ref(var_43); }, var_41);
    // adj: row[0].x = 3.0                                                                    <L 117>
    wp::adj_view(var_c2, var_0, adj_c2, adj_0, adj_39);
    // adj: row = c2[i]                                                                       <L 116>
    wp::adj_array_atomic_sub_slot(var_32, ([&]() -> wp::array_t<wp::vec_t<3, wp::float32>> { auto slot_adj_0 = adj_c2; if (!slot_adj_0.data) return {}; auto slot_adj_1 = wp::view(slot_adj_0, var_0, var_29); return slot_adj_1; }()), adj_37, [&](auto& _e) -> auto& { return _e.component_ref(var_35); }, var_33);
    wp::adj_copy(var_38, adj_36, adj_37);
    wp::adj_address(var_s, var_0, adj_s, adj_0, adj_36);
    wp::adj_view(var_c2, var_0, var_29, adj_c2, adj_0, adj_29, adj_32);
    // adj: c2[i, 1:][0][2] -= s[i]                                                           <L 115>
    wp::adj_array_atomic_add_slot(var_22, ([&]() -> wp::array_t<wp::vec_t<3, wp::float32>> { auto slot_adj_0 = adj_c; if (!slot_adj_0.data) return {}; auto slot_adj_1 = wp::view(slot_adj_0, var_19); return slot_adj_1; }()), adj_26, [&](auto& _e) -> auto& { return _e.component_ref(var_24); }, var_0);
    wp::adj_copy(var_27, adj_25, adj_26);
    wp::adj_address(var_s, var_0, adj_s, adj_0, adj_25);
    wp::adj_view(var_c, var_19, adj_c, adj_19, adj_22);
    // adj: c[t:][i].z += s[i]                                                                <L 114>
    wp::adj_array_store_slot(var_16, ([&]() -> wp::array_t<wp::vec_t<3, wp::float32>> { auto slot_adj_0 = adj_c; if (!slot_adj_0.data) return {}; auto slot_adj_1 = wp::view(slot_adj_0, var_13); return slot_adj_1; }()), adj_10, [&](auto& _e) -> auto& { return _e.component_ref(var_18); }, var_0);
    wp::adj_view(var_c, var_13, adj_c, adj_13, adj_16);
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_s, var_0, adj_s, adj_0, adj_9);
    // adj: c[::2][i].y = s[i]                                                                <L 113>
    wp::adj_array_store_slot(var_6, ([&]() -> wp::array_t<wp::vec_t<3, wp::float32>> { auto slot_adj_0 = adj_c; if (!slot_adj_0.data) return {}; auto slot_adj_1 = wp::view(slot_adj_0, var_3); return slot_adj_1; }()), adj_1, [&](auto& _e) -> auto& { return _e.component_ref(var_8); }, var_0);
    wp::adj_view(var_c, var_3, adj_c, adj_3, adj_6);
    // adj: c[1:][i][0] = 1.0                                                                 <L 112>
    // adj: i = wp.tid()                                                                      <L 111>
    // adj: def view_slots(                                                                   <L 103>
    return;
}



struct view_slots_4e03e43a_cpu_block_payload_forward
{
    wp_args_view_slots_4e03e43a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void view_slots_4e03e43a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    view_slots_4e03e43a_cpu_block_payload_forward* payload = (view_slots_4e03e43a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    view_slots_4e03e43a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void view_slots_4e03e43a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_view_slots_4e03e43a *_wp_args)
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
        view_slots_4e03e43a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &view_slots_4e03e43a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct view_slots_4e03e43a_cpu_block_payload_backward
{
    wp_args_view_slots_4e03e43a* args;
    wp_args_view_slots_4e03e43a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void view_slots_4e03e43a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    view_slots_4e03e43a_cpu_block_payload_backward* payload = (view_slots_4e03e43a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    view_slots_4e03e43a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void view_slots_4e03e43a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_view_slots_4e03e43a *_wp_args,
    wp_args_view_slots_4e03e43a *_wp_adj_args)
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
        view_slots_4e03e43a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &view_slots_4e03e43a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_merged_views_7c6a63e1 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::int32 m;
};


template <bool wp_linear_contiguous>
static void merged_views_7c6a63e1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_merged_views_7c6a63e1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::int32 var_m = _wp_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    const wp::int32 var_2 = 1;
    wp::slice_t var_3;
    const wp::int32 var_4 = 1;
    wp::array_t<wp::float32> var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 2;
    wp::slice_t var_10;
    const wp::int32 var_11 = 1;
    wp::array_t<wp::float32> var_12;
    wp::slice_t var_13;
    const wp::int32 var_14 = -2147483648;
    const wp::int32 var_15 = 1;
    wp::array_t<wp::float32> var_16;
    wp::array_t<wp::float32> var_17;
    const wp::float32 var_18 = 2.0;
    wp::float32 var_19;
    const wp::int32 var_20 = 0;
    wp::array_t<wp::float32> var_21;
    const wp::int32 var_22 = 1;
    bool var_23;
    const wp::int32 var_24 = 1;
    wp::array_t<wp::float32> var_25;
    const wp::float32 var_26 = 3.0;
    const wp::int32 var_27 = 0;
    wp::array_t<wp::float32> var_28;
    const wp::int32 var_29 = 0;
    wp::array_t<wp::float32> var_30;
    const wp::int32 var_31 = 1;
    wp::array_t<wp::float32> var_32;
    const wp::int32 var_33 = 2;
    wp::array_t<wp::float32> var_34;
    const wp::int32 var_35 = 0;
    bool var_36;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 1;
    wp::slice_t var_39;
    const wp::int32 var_40 = 1;
    wp::array_t<wp::float32> var_41;
    const wp::int32 var_42 = 1;
    wp::slice_t var_43;
    const wp::int32 var_44 = -2147483648;
    const wp::int32 var_45 = 1;
    wp::array_t<wp::float32> var_46;
    wp::array_t<wp::float32> var_47;
    const wp::int32 var_48 = 0;
    wp::float32* var_49;
    const wp::int32 var_50 = 0;
    wp::float32* var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::int32 var_55 = 0;
    wp::float32* var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::int32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    const wp::int32 var_62 = 2;
    bool var_63;
    wp::array_t<wp::float32> var_64;
    const wp::int32 var_65 = 0;
    wp::float32* var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    //---------
    // forward
    // def merged_views(a: wp.array(dtype=float), b: wp.array2d(dtype=float), m: int):        <L 82>
    // i = wp.tid()                                                                           <L 83>
    var_0 = builtin_tid1d();
    // s = a[0:1]                                                                             <L 84>
    var_3 = wp::slice_t(var_1, var_2, var_4);
    var_5 = wp::view(var_a, var_3);
    // if m > 0:                                                                              <L 85>
    var_7 = (var_m > var_6);
    if (var_7) {
        // s = a[1:2]                                                                         <L 86>
        var_10 = wp::slice_t(var_8, var_9, var_11);
        var_12 = wp::view(var_a, var_10);
    }
    if (!var_7) {
        // s = a[m:]                                                                          <L 88>
        var_13 = wp::slice_t(var_m, var_14, var_15);
        var_16 = wp::view(var_a, var_13);
    }
    var_17 = wp::where(var_7, var_12, var_16);
    // s[i] += 2.0                                                                            <L 89>
    var_19 = wp::atomic_add(var_17, var_0, var_18);
    // row = b[0]                                                                             <L 90>
    var_21 = wp::view(var_b, var_20);
    // if m > 1:                                                                              <L 91>
    var_23 = (var_m > var_22);
    if (var_23) {
        // row = b[1]                                                                         <L 92>
        var_25 = wp::view(var_b, var_24);
        // row[0] = 3.0                                                                       <L 93>
        wp::array_store(var_25, var_27, var_26);
    }
    var_28 = wp::where(var_23, var_25, var_21);
    // for j in range(3):                                                                     <L 94>
    // row = b[j]                                                                             <L 95>
    var_30 = wp::view(var_b, var_29);
    var_32 = wp::view(var_b, var_31);
    var_34 = wp::view(var_b, var_33);
    // t = a[0:1] if m > 0 else a[1:]                                                         <L 96>
    var_36 = (var_m > var_35);
    if (var_36) {
        var_39 = wp::slice_t(var_37, var_38, var_40);
        var_41 = wp::view(var_a, var_39);
    }
    if (!var_36) {
        var_43 = wp::slice_t(var_42, var_44, var_45);
        var_46 = wp::view(var_a, var_43);
    }
    var_47 = wp::where(var_36, var_41, var_46);
    // a[i] = s[0] + row[0] + t[0] + float(len(row)) + wp.where(m > 2, s, t)[0]               <L 97>
    var_49 = wp::address(var_17, var_48);
    var_51 = wp::address(var_34, var_50);
    var_53 = wp::load(var_49);
    var_54 = wp::load(var_51);
    var_52 = wp::add(var_53, var_54);
    var_56 = wp::address(var_47, var_55);
    var_58 = wp::load(var_56);
    var_57 = wp::add(var_52, var_58);
    var_59 = wp::len(var_34);
    var_60 = wp::float(var_59);
    var_61 = wp::add(var_57, var_60);
    var_63 = (var_m > var_62);
    var_64 = wp::where(var_63, var_17, var_47);
    var_66 = wp::address(var_64, var_65);
    var_68 = wp::load(var_66);
    var_67 = wp::add(var_61, var_68);
    wp::array_store(var_a, var_0, var_67);
}



template <bool wp_linear_contiguous>
static void merged_views_7c6a63e1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_merged_views_7c6a63e1 *_wp_args,
    wp_args_merged_views_7c6a63e1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::int32 var_m = _wp_args->m;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::int32 adj_m = _wp_adj_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    const wp::int32 var_2 = 1;
    wp::slice_t var_3;
    const wp::int32 var_4 = 1;
    wp::array_t<wp::float32> var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 2;
    wp::slice_t var_10;
    const wp::int32 var_11 = 1;
    wp::array_t<wp::float32> var_12;
    wp::slice_t var_13;
    const wp::int32 var_14 = -2147483648;
    const wp::int32 var_15 = 1;
    wp::array_t<wp::float32> var_16;
    wp::array_t<wp::float32> var_17;
    const wp::float32 var_18 = 2.0;
    wp::float32 var_19;
    const wp::int32 var_20 = 0;
    wp::array_t<wp::float32> var_21;
    const wp::int32 var_22 = 1;
    bool var_23;
    const wp::int32 var_24 = 1;
    wp::array_t<wp::float32> var_25;
    const wp::float32 var_26 = 3.0;
    const wp::int32 var_27 = 0;
    wp::array_t<wp::float32> var_28;
    const wp::int32 var_29 = 0;
    wp::array_t<wp::float32> var_30;
    const wp::int32 var_31 = 1;
    wp::array_t<wp::float32> var_32;
    const wp::int32 var_33 = 2;
    wp::array_t<wp::float32> var_34;
    const wp::int32 var_35 = 0;
    bool var_36;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 1;
    wp::slice_t var_39;
    const wp::int32 var_40 = 1;
    wp::array_t<wp::float32> var_41;
    const wp::int32 var_42 = 1;
    wp::slice_t var_43;
    const wp::int32 var_44 = -2147483648;
    const wp::int32 var_45 = 1;
    wp::array_t<wp::float32> var_46;
    wp::array_t<wp::float32> var_47;
    const wp::int32 var_48 = 0;
    wp::float32* var_49;
    const wp::int32 var_50 = 0;
    wp::float32* var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::int32 var_55 = 0;
    wp::float32* var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::int32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    const wp::int32 var_62 = 2;
    bool var_63;
    wp::array_t<wp::float32> var_64;
    const wp::int32 var_65 = 0;
    wp::float32* var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::slice_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::array_t<wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::slice_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::array_t<wp::float32> adj_12 = {};
    wp::slice_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::array_t<wp::float32> adj_16 = {};
    wp::array_t<wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::array_t<wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::array_t<wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::array_t<wp::float32> adj_28 = {};
    wp::int32 adj_29 = {};
    wp::array_t<wp::float32> adj_30 = {};
    wp::int32 adj_31 = {};
    wp::array_t<wp::float32> adj_32 = {};
    wp::int32 adj_33 = {};
    wp::array_t<wp::float32> adj_34 = {};
    wp::int32 adj_35 = {};
    bool adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::slice_t adj_39 = {};
    wp::int32 adj_40 = {};
    wp::array_t<wp::float32> adj_41 = {};
    wp::int32 adj_42 = {};
    wp::slice_t adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::array_t<wp::float32> adj_46 = {};
    wp::array_t<wp::float32> adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::int32 adj_62 = {};
    bool adj_63 = {};
    wp::array_t<wp::float32> adj_64 = {};
    wp::int32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    //---------
    // forward
    // def merged_views(a: wp.array(dtype=float), b: wp.array2d(dtype=float), m: int):        <L 82>
    // i = wp.tid()                                                                           <L 83>
    var_0 = builtin_tid1d();
    // s = a[0:1]                                                                             <L 84>
    var_3 = wp::slice_t(var_1, var_2, var_4);
    var_5 = wp::view(var_a, var_3);
    // if m > 0:                                                                              <L 85>
    var_7 = (var_m > var_6);
    if (var_7) {
        // s = a[1:2]                                                                         <L 86>
        var_10 = wp::slice_t(var_8, var_9, var_11);
        var_12 = wp::view(var_a, var_10);
    }
    if (!var_7) {
        // s = a[m:]                                                                          <L 88>
        var_13 = wp::slice_t(var_m, var_14, var_15);
        var_16 = wp::view(var_a, var_13);
    }
    var_17 = wp::where(var_7, var_12, var_16);
    // s[i] += 2.0                                                                            <L 89>
    // var_19 = wp::atomic_add(var_17, var_0, var_18);
    // row = b[0]                                                                             <L 90>
    var_21 = wp::view(var_b, var_20);
    // if m > 1:                                                                              <L 91>
    var_23 = (var_m > var_22);
    if (var_23) {
        // row = b[1]                                                                         <L 92>
        var_25 = wp::view(var_b, var_24);
        // row[0] = 3.0                                                                       <L 93>
        // wp::array_store(var_25, var_27, var_26);
    }
    var_28 = wp::where(var_23, var_25, var_21);
    // for j in range(3):                                                                     <L 94>
    // row = b[j]                                                                             <L 95>
    var_30 = wp::view(var_b, var_29);
    var_32 = wp::view(var_b, var_31);
    var_34 = wp::view(var_b, var_33);
    // t = a[0:1] if m > 0 else a[1:]                                                         <L 96>
    var_36 = (var_m > var_35);
    if (var_36) {
        var_39 = wp::slice_t(var_37, var_38, var_40);
        var_41 = wp::view(var_a, var_39);
    }
    if (!var_36) {
        var_43 = wp::slice_t(var_42, var_44, var_45);
        var_46 = wp::view(var_a, var_43);
    }
    var_47 = wp::where(var_36, var_41, var_46);
    // a[i] = s[0] + row[0] + t[0] + float(len(row)) + wp.where(m > 2, s, t)[0]               <L 97>
    var_49 = wp::address(var_17, var_48);
    var_51 = wp::address(var_34, var_50);
    var_53 = wp::load(var_49);
    var_54 = wp::load(var_51);
    var_52 = wp::add(var_53, var_54);
    var_56 = wp::address(var_47, var_55);
    var_58 = wp::load(var_56);
    var_57 = wp::add(var_52, var_58);
    var_59 = wp::len(var_34);
    var_60 = wp::float(var_59);
    var_61 = wp::add(var_57, var_60);
    var_63 = (var_m > var_62);
    var_64 = wp::where(var_63, var_17, var_47);
    var_66 = wp::address(var_64, var_65);
    var_68 = wp::load(var_66);
    var_67 = wp::add(var_61, var_68);
    // wp::array_store(var_a, var_0, var_67);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_67, adj_a, adj_0, adj_67);
    wp::adj_add(var_61, var_68, adj_61, adj_66, adj_67);
    wp::adj_address(var_64, var_65, adj_64, adj_65, adj_66);
    wp::adj_where(var_63, var_17, var_47, adj_63, adj_17, adj_47, adj_64);
    wp::adj_add(var_57, var_60, adj_57, adj_60, adj_61);
    wp::adj_float(var_59, adj_59, adj_60);
    wp::adj_add(var_52, var_58, adj_52, adj_56, adj_57);
    wp::adj_address(var_47, var_55, adj_47, adj_55, adj_56);
    wp::adj_add(var_53, var_54, adj_49, adj_51, adj_52);
    wp::adj_address(var_34, var_50, adj_34, adj_50, adj_51);
    wp::adj_address(var_17, var_48, adj_17, adj_48, adj_49);
    // adj: a[i] = s[0] + row[0] + t[0] + float(len(row)) + wp.where(m > 2, s, t)[0]          <L 97>
    wp::adj_where(var_36, var_41, var_46, adj_36, adj_41, adj_46, adj_47);
    if (!var_36) {
        wp::adj_view(var_a, var_43, adj_a, adj_43, adj_46);
    }
    if (var_36) {
        wp::adj_view(var_a, var_39, adj_a, adj_39, adj_41);
    }
    // adj: t = a[0:1] if m > 0 else a[1:]                                                    <L 96>
    wp::adj_view(var_b, var_33, adj_b, adj_33, adj_34);
    wp::adj_view(var_b, var_31, adj_b, adj_31, adj_32);
    wp::adj_view(var_b, var_29, adj_b, adj_29, adj_30);
    // adj: row = b[j]                                                                        <L 95>
    // adj: for j in range(3):                                                                <L 94>
    wp::adj_where(var_23, var_25, var_21, adj_23, adj_25, adj_21, adj_28);
    if (var_23) {
        wp::adj_array_store(var_25, var_27, var_26, adj_25, adj_27, adj_26);
        // adj: row[0] = 3.0                                                                  <L 93>
        wp::adj_view(var_b, var_24, adj_b, adj_24, adj_25);
        // adj: row = b[1]                                                                    <L 92>
    }
    // adj: if m > 1:                                                                         <L 91>
    wp::adj_view(var_b, var_20, adj_b, adj_20, adj_21);
    // adj: row = b[0]                                                                        <L 90>
    wp::adj_atomic_add(var_17, var_0, var_18, adj_17, adj_0, adj_18, adj_19);
    // adj: s[i] += 2.0                                                                       <L 89>
    wp::adj_where(var_7, var_12, var_16, adj_7, adj_12, adj_16, adj_17);
    if (!var_7) {
        wp::adj_view(var_a, var_13, adj_a, adj_13, adj_16);
        // adj: s = a[m:]                                                                     <L 88>
    }
    if (var_7) {
        wp::adj_view(var_a, var_10, adj_a, adj_10, adj_12);
        // adj: s = a[1:2]                                                                    <L 86>
    }
    // adj: if m > 0:                                                                         <L 85>
    wp::adj_view(var_a, var_3, adj_a, adj_3, adj_5);
    // adj: s = a[0:1]                                                                        <L 84>
    // adj: i = wp.tid()                                                                      <L 83>
    // adj: def merged_views(a: wp.array(dtype=float), b: wp.array2d(dtype=float), m: int):   <L 82>
    return;
}



struct merged_views_7c6a63e1_cpu_block_payload_forward
{
    wp_args_merged_views_7c6a63e1* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void merged_views_7c6a63e1_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    merged_views_7c6a63e1_cpu_block_payload_forward* payload = (merged_views_7c6a63e1_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    merged_views_7c6a63e1_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void merged_views_7c6a63e1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_merged_views_7c6a63e1 *_wp_args)
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
        merged_views_7c6a63e1_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &merged_views_7c6a63e1_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct merged_views_7c6a63e1_cpu_block_payload_backward
{
    wp_args_merged_views_7c6a63e1* args;
    wp_args_merged_views_7c6a63e1* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void merged_views_7c6a63e1_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    merged_views_7c6a63e1_cpu_block_payload_backward* payload = (merged_views_7c6a63e1_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    merged_views_7c6a63e1_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void merged_views_7c6a63e1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_merged_views_7c6a63e1 *_wp_args,
    wp_args_merged_views_7c6a63e1 *_wp_adj_args)
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
        merged_views_7c6a63e1_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &merged_views_7c6a63e1_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_views_9143389a {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::vec_t<3, wp::float32>> c;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void views_9143389a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_views_9143389a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 3;
    wp::slice_t var_3;
    const wp::int32 var_4 = 1;
    wp::array_t<wp::float32> var_5;
    wp::slice_t var_6;
    const wp::int32 var_7 = 2147483647;
    const wp::int32 var_8 = -2147483648;
    const wp::int32 var_9 = 1;
    wp::array_t<wp::float32> var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 1;
    wp::slice_t var_13;
    const wp::int32 var_14 = 1;
    const wp::int32 var_15 = 1;
    wp::slice_t var_16;
    const wp::int32 var_17 = -2147483648;
    const wp::int32 var_18 = 1;
    wp::array_t<wp::float32> var_19;
    const wp::int32 var_20 = 2;
    wp::slice_t var_21;
    const wp::int32 var_22 = 2147483647;
    const wp::int32 var_23 = -2147483648;
    wp::array_t<wp::float32> var_24;
    wp::slice_t var_25;
    const wp::int32 var_26 = -2147483648;
    const wp::int32 var_27 = 1;
    wp::array_t<wp::float32> var_28;
    wp::slice_t var_29;
    const wp::int32 var_30 = 2147483647;
    const wp::int32 var_31 = 1;
    wp::array_t<wp::float32> var_32;
    const wp::int32 var_33 = 2;
    wp::int32 var_34;
    wp::slice_t var_35;
    const wp::int32 var_36 = 1;
    const wp::int32 var_37 = 1;
    wp::array_t<wp::float32> var_38;
    wp::array_t<wp::float32> var_39;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 1;
    wp::slice_t var_42;
    const wp::int32 var_43 = 1;
    wp::array_t<wp::float32> var_44;
    const wp::int32 var_45 = 1;
    const wp::int32 var_46 = 2;
    wp::slice_t var_47;
    const wp::int32 var_48 = -2147483648;
    wp::array_t<wp::vec_t<3, wp::float32>> var_49;
    const wp::int32 var_50 = 0;
    wp::float32* var_51;
    const wp::int32 var_52 = 0;
    wp::float32* var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::int32 var_57 = 0;
    const wp::int32 var_58 = 0;
    wp::float32* var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    const wp::int32 var_62 = 0;
    wp::float32* var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    const wp::int32 var_66 = 0;
    wp::float32* var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    const wp::int32 var_70 = 0;
    wp::float32* var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    const wp::int32 var_74 = 1;
    wp::float32* var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 0;
    wp::float32* var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::vec_t<3, wp::float32>* var_82;
    const wp::int32 var_83 = 0;
    wp::float32 var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::float32 var_86;
    wp::slice_t var_87;
    const wp::int32 var_88 = -2147483648;
    const wp::int32 var_89 = 1;
    wp::array_t<wp::float32> var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::int32 var_93;
    wp::float32 var_94;
    wp::shape_t* var_95;
    const wp::int32 var_96 = 1;
    wp::int32 var_97;
    wp::shape_t var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    //---------
    // forward
    // def views(a: wp.array(dtype=float), b: wp.array2d(dtype=float), c: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // s = a[1:3]                                                                             <L 19>
    var_3 = wp::slice_t(var_1, var_2, var_4);
    var_5 = wp::view(var_a, var_3);
    // t = b[i, :]                                                                            <L 20>
    var_6 = wp::slice_t(var_7, var_8, var_9);
    var_10 = wp::view(var_b, var_0, var_6);
    // u = b[0:1, 1:]                                                                         <L 21>
    var_13 = wp::slice_t(var_11, var_12, var_14);
    var_16 = wp::slice_t(var_15, var_17, var_18);
    var_19 = wp::view(var_b, var_13, var_16);
    // v = a[::2]                                                                             <L 22>
    var_21 = wp::slice_t(var_22, var_23, var_20);
    var_24 = wp::view(var_a, var_21);
    // w = a[i:]                                                                              <L 23>
    var_25 = wp::slice_t(var_0, var_26, var_27);
    var_28 = wp::view(var_a, var_25);
    // x = a[:i]                                                                              <L 24>
    var_29 = wp::slice_t(var_30, var_0, var_31);
    var_32 = wp::view(var_a, var_29);
    // y = b[i : i + 2, 1]                                                                    <L 25>
    var_34 = wp::add(var_0, var_33);
    var_35 = wp::slice_t(var_0, var_34, var_36);
    var_38 = wp::view(var_b, var_35, var_37);
    // row = b[i]                                                                             <L 26>
    var_39 = wp::view(var_b, var_0);
    // window = row[0:1]                                                                      <L 27>
    var_42 = wp::slice_t(var_40, var_41, var_43);
    var_44 = wp::view(var_39, var_42);
    // odd = c[1::2]                                                                          <L 28>
    var_47 = wp::slice_t(var_45, var_48, var_46);
    var_49 = wp::view(var_c, var_47);
    // out[i] = s[0] + t[0] + u[0, 0] + v[0] + w[0] + x[0] + y[1] + window[0] + odd[i].x + first_two(a[i:])       <L 29>
    var_51 = wp::address(var_5, var_50);
    var_53 = wp::address(var_10, var_52);
    var_55 = wp::load(var_51);
    var_56 = wp::load(var_53);
    var_54 = wp::add(var_55, var_56);
    var_59 = wp::address(var_19, var_57, var_58);
    var_61 = wp::load(var_59);
    var_60 = wp::add(var_54, var_61);
    var_63 = wp::address(var_24, var_62);
    var_65 = wp::load(var_63);
    var_64 = wp::add(var_60, var_65);
    var_67 = wp::address(var_28, var_66);
    var_69 = wp::load(var_67);
    var_68 = wp::add(var_64, var_69);
    var_71 = wp::address(var_32, var_70);
    var_73 = wp::load(var_71);
    var_72 = wp::add(var_68, var_73);
    var_75 = wp::address(var_38, var_74);
    var_77 = wp::load(var_75);
    var_76 = wp::add(var_72, var_77);
    var_79 = wp::address(var_44, var_78);
    var_81 = wp::load(var_79);
    var_80 = wp::add(var_76, var_81);
    var_82 = wp::address(var_49, var_0);
    var_85 = wp::load(var_82);
    var_84 = wp::extract(var_85, var_83);
    var_86 = wp::add(var_80, var_84);
    var_87 = wp::slice_t(var_0, var_88, var_89);
    var_90 = wp::view(var_a, var_87);
    var_91 = first_two_0(var_90);
    var_92 = wp::add(var_86, var_91);
    wp::array_store(var_out, var_0, var_92);
    // out[i] += float(len(v)) + float(u.shape[1])                                            <L 30>
    var_93 = wp::len(var_24);
    var_94 = wp::float(var_93);
    var_95 = &(var_19.shape);
    var_98 = wp::load(var_95);
    var_97 = wp::extract(var_98, var_96);
    var_99 = wp::float(var_97);
    var_100 = wp::add(var_94, var_99);
    var_101 = wp::atomic_add(var_out, var_0, var_100);
}



template <bool wp_linear_contiguous>
static void views_9143389a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_views_9143389a *_wp_args,
    wp_args_views_9143389a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_c = _wp_adj_args->c;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 3;
    wp::slice_t var_3;
    const wp::int32 var_4 = 1;
    wp::array_t<wp::float32> var_5;
    wp::slice_t var_6;
    const wp::int32 var_7 = 2147483647;
    const wp::int32 var_8 = -2147483648;
    const wp::int32 var_9 = 1;
    wp::array_t<wp::float32> var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 1;
    wp::slice_t var_13;
    const wp::int32 var_14 = 1;
    const wp::int32 var_15 = 1;
    wp::slice_t var_16;
    const wp::int32 var_17 = -2147483648;
    const wp::int32 var_18 = 1;
    wp::array_t<wp::float32> var_19;
    const wp::int32 var_20 = 2;
    wp::slice_t var_21;
    const wp::int32 var_22 = 2147483647;
    const wp::int32 var_23 = -2147483648;
    wp::array_t<wp::float32> var_24;
    wp::slice_t var_25;
    const wp::int32 var_26 = -2147483648;
    const wp::int32 var_27 = 1;
    wp::array_t<wp::float32> var_28;
    wp::slice_t var_29;
    const wp::int32 var_30 = 2147483647;
    const wp::int32 var_31 = 1;
    wp::array_t<wp::float32> var_32;
    const wp::int32 var_33 = 2;
    wp::int32 var_34;
    wp::slice_t var_35;
    const wp::int32 var_36 = 1;
    const wp::int32 var_37 = 1;
    wp::array_t<wp::float32> var_38;
    wp::array_t<wp::float32> var_39;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 1;
    wp::slice_t var_42;
    const wp::int32 var_43 = 1;
    wp::array_t<wp::float32> var_44;
    const wp::int32 var_45 = 1;
    const wp::int32 var_46 = 2;
    wp::slice_t var_47;
    const wp::int32 var_48 = -2147483648;
    wp::array_t<wp::vec_t<3, wp::float32>> var_49;
    const wp::int32 var_50 = 0;
    wp::float32* var_51;
    const wp::int32 var_52 = 0;
    wp::float32* var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::int32 var_57 = 0;
    const wp::int32 var_58 = 0;
    wp::float32* var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    const wp::int32 var_62 = 0;
    wp::float32* var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    const wp::int32 var_66 = 0;
    wp::float32* var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    const wp::int32 var_70 = 0;
    wp::float32* var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    const wp::int32 var_74 = 1;
    wp::float32* var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 0;
    wp::float32* var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::vec_t<3, wp::float32>* var_82;
    const wp::int32 var_83 = 0;
    wp::float32 var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::float32 var_86;
    wp::slice_t var_87;
    const wp::int32 var_88 = -2147483648;
    const wp::int32 var_89 = 1;
    wp::array_t<wp::float32> var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::int32 var_93;
    wp::float32 var_94;
    wp::shape_t* var_95;
    const wp::int32 var_96 = 1;
    wp::int32 var_97;
    wp::shape_t var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::slice_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::array_t<wp::float32> adj_5 = {};
    wp::slice_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::array_t<wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::slice_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::slice_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::array_t<wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::slice_t adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::array_t<wp::float32> adj_24 = {};
    wp::slice_t adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::array_t<wp::float32> adj_28 = {};
    wp::slice_t adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::array_t<wp::float32> adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::slice_t adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::array_t<wp::float32> adj_38 = {};
    wp::array_t<wp::float32> adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::slice_t adj_42 = {};
    wp::int32 adj_43 = {};
    wp::array_t<wp::float32> adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::slice_t adj_47 = {};
    wp::int32 adj_48 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::vec_t<3, wp::float32> adj_82 = {};
    wp::int32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::vec_t<3, wp::float32> adj_85 = {};
    wp::float32 adj_86 = {};
    wp::slice_t adj_87 = {};
    wp::int32 adj_88 = {};
    wp::int32 adj_89 = {};
    wp::array_t<wp::float32> adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::int32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::shape_t adj_95 = {};
    wp::int32 adj_96 = {};
    wp::int32 adj_97 = {};
    wp::shape_t adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    //---------
    // forward
    // def views(a: wp.array(dtype=float), b: wp.array2d(dtype=float), c: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // s = a[1:3]                                                                             <L 19>
    var_3 = wp::slice_t(var_1, var_2, var_4);
    var_5 = wp::view(var_a, var_3);
    // t = b[i, :]                                                                            <L 20>
    var_6 = wp::slice_t(var_7, var_8, var_9);
    var_10 = wp::view(var_b, var_0, var_6);
    // u = b[0:1, 1:]                                                                         <L 21>
    var_13 = wp::slice_t(var_11, var_12, var_14);
    var_16 = wp::slice_t(var_15, var_17, var_18);
    var_19 = wp::view(var_b, var_13, var_16);
    // v = a[::2]                                                                             <L 22>
    var_21 = wp::slice_t(var_22, var_23, var_20);
    var_24 = wp::view(var_a, var_21);
    // w = a[i:]                                                                              <L 23>
    var_25 = wp::slice_t(var_0, var_26, var_27);
    var_28 = wp::view(var_a, var_25);
    // x = a[:i]                                                                              <L 24>
    var_29 = wp::slice_t(var_30, var_0, var_31);
    var_32 = wp::view(var_a, var_29);
    // y = b[i : i + 2, 1]                                                                    <L 25>
    var_34 = wp::add(var_0, var_33);
    var_35 = wp::slice_t(var_0, var_34, var_36);
    var_38 = wp::view(var_b, var_35, var_37);
    // row = b[i]                                                                             <L 26>
    var_39 = wp::view(var_b, var_0);
    // window = row[0:1]                                                                      <L 27>
    var_42 = wp::slice_t(var_40, var_41, var_43);
    var_44 = wp::view(var_39, var_42);
    // odd = c[1::2]                                                                          <L 28>
    var_47 = wp::slice_t(var_45, var_48, var_46);
    var_49 = wp::view(var_c, var_47);
    // out[i] = s[0] + t[0] + u[0, 0] + v[0] + w[0] + x[0] + y[1] + window[0] + odd[i].x + first_two(a[i:])       <L 29>
    var_51 = wp::address(var_5, var_50);
    var_53 = wp::address(var_10, var_52);
    var_55 = wp::load(var_51);
    var_56 = wp::load(var_53);
    var_54 = wp::add(var_55, var_56);
    var_59 = wp::address(var_19, var_57, var_58);
    var_61 = wp::load(var_59);
    var_60 = wp::add(var_54, var_61);
    var_63 = wp::address(var_24, var_62);
    var_65 = wp::load(var_63);
    var_64 = wp::add(var_60, var_65);
    var_67 = wp::address(var_28, var_66);
    var_69 = wp::load(var_67);
    var_68 = wp::add(var_64, var_69);
    var_71 = wp::address(var_32, var_70);
    var_73 = wp::load(var_71);
    var_72 = wp::add(var_68, var_73);
    var_75 = wp::address(var_38, var_74);
    var_77 = wp::load(var_75);
    var_76 = wp::add(var_72, var_77);
    var_79 = wp::address(var_44, var_78);
    var_81 = wp::load(var_79);
    var_80 = wp::add(var_76, var_81);
    var_82 = wp::address(var_49, var_0);
    var_85 = wp::load(var_82);
    var_84 = wp::extract(var_85, var_83);
    var_86 = wp::add(var_80, var_84);
    var_87 = wp::slice_t(var_0, var_88, var_89);
    var_90 = wp::view(var_a, var_87);
    var_91 = first_two_0(var_90);
    var_92 = wp::add(var_86, var_91);
    // wp::array_store(var_out, var_0, var_92);
    // out[i] += float(len(v)) + float(u.shape[1])                                            <L 30>
    var_93 = wp::len(var_24);
    var_94 = wp::float(var_93);
    var_95 = &(var_19.shape);
    var_98 = wp::load(var_95);
    var_97 = wp::extract(var_98, var_96);
    var_99 = wp::float(var_97);
    var_100 = wp::add(var_94, var_99);
    // var_101 = wp::atomic_add(var_out, var_0, var_100);
    //---------
    // reverse
    wp::adj_atomic_add(var_out, var_0, var_100, adj_out, adj_0, adj_100, adj_101);
    wp::adj_add(var_94, var_99, adj_94, adj_99, adj_100);
    wp::adj_float(var_97, adj_97, adj_99);
    adj_19.shape = adj_95;
    wp::adj_float(var_93, adj_93, adj_94);
    // adj: out[i] += float(len(v)) + float(u.shape[1])                                       <L 30>
    wp::adj_array_store(var_out, var_0, var_92, adj_out, adj_0, adj_92);
    wp::adj_add(var_86, var_91, adj_86, adj_91, adj_92);
    adj_first_two_0(var_90, adj_90, adj_91);
    wp::adj_view(var_a, var_87, adj_a, adj_87, adj_90);
    wp::adj_add(var_80, var_84, adj_80, adj_84, adj_86);
    wp::adj_extract(var_85, var_83, adj_82, adj_83, adj_84);
    wp::adj_address(var_49, var_0, adj_49, adj_0, adj_82);
    wp::adj_add(var_76, var_81, adj_76, adj_79, adj_80);
    wp::adj_address(var_44, var_78, adj_44, adj_78, adj_79);
    wp::adj_add(var_72, var_77, adj_72, adj_75, adj_76);
    wp::adj_address(var_38, var_74, adj_38, adj_74, adj_75);
    wp::adj_add(var_68, var_73, adj_68, adj_71, adj_72);
    wp::adj_address(var_32, var_70, adj_32, adj_70, adj_71);
    wp::adj_add(var_64, var_69, adj_64, adj_67, adj_68);
    wp::adj_address(var_28, var_66, adj_28, adj_66, adj_67);
    wp::adj_add(var_60, var_65, adj_60, adj_63, adj_64);
    wp::adj_address(var_24, var_62, adj_24, adj_62, adj_63);
    wp::adj_add(var_54, var_61, adj_54, adj_59, adj_60);
    wp::adj_address(var_19, var_57, var_58, adj_19, adj_57, adj_58, adj_59);
    wp::adj_add(var_55, var_56, adj_51, adj_53, adj_54);
    wp::adj_address(var_10, var_52, adj_10, adj_52, adj_53);
    wp::adj_address(var_5, var_50, adj_5, adj_50, adj_51);
    // adj: out[i] = s[0] + t[0] + u[0, 0] + v[0] + w[0] + x[0] + y[1] + window[0] + odd[i].x + first_two(a[i:])  <L 29>
    wp::adj_view(var_c, var_47, adj_c, adj_47, adj_49);
    // adj: odd = c[1::2]                                                                     <L 28>
    wp::adj_view(var_39, var_42, adj_39, adj_42, adj_44);
    // adj: window = row[0:1]                                                                 <L 27>
    wp::adj_view(var_b, var_0, adj_b, adj_0, adj_39);
    // adj: row = b[i]                                                                        <L 26>
    wp::adj_view(var_b, var_35, var_37, adj_b, adj_35, adj_37, adj_38);
    wp::adj_add(var_0, var_33, adj_0, adj_33, adj_34);
    // adj: y = b[i : i + 2, 1]                                                               <L 25>
    wp::adj_view(var_a, var_29, adj_a, adj_29, adj_32);
    // adj: x = a[:i]                                                                         <L 24>
    wp::adj_view(var_a, var_25, adj_a, adj_25, adj_28);
    // adj: w = a[i:]                                                                         <L 23>
    wp::adj_view(var_a, var_21, adj_a, adj_21, adj_24);
    // adj: v = a[::2]                                                                        <L 22>
    wp::adj_view(var_b, var_13, var_16, adj_b, adj_13, adj_16, adj_19);
    // adj: u = b[0:1, 1:]                                                                    <L 21>
    wp::adj_view(var_b, var_0, var_6, adj_b, adj_0, adj_6, adj_10);
    // adj: t = b[i, :]                                                                       <L 20>
    wp::adj_view(var_a, var_3, adj_a, adj_3, adj_5);
    // adj: s = a[1:3]                                                                        <L 19>
    // adj: i = wp.tid()                                                                      <L 18>
    // adj: def views(a: wp.array(dtype=float), b: wp.array2d(dtype=float), c: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):  <L 17>
    return;
}



struct views_9143389a_cpu_block_payload_forward
{
    wp_args_views_9143389a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void views_9143389a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    views_9143389a_cpu_block_payload_forward* payload = (views_9143389a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    views_9143389a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void views_9143389a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_views_9143389a *_wp_args)
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
        views_9143389a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &views_9143389a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct views_9143389a_cpu_block_payload_backward
{
    wp_args_views_9143389a* args;
    wp_args_views_9143389a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void views_9143389a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    views_9143389a_cpu_block_payload_backward* payload = (views_9143389a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    views_9143389a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void views_9143389a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_views_9143389a *_wp_args,
    wp_args_views_9143389a *_wp_adj_args)
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
        views_9143389a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &views_9143389a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_bounds_d300b9ed {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::int32> n;
    wp::int32 m;
};


template <bool wp_linear_contiguous>
static void bounds_d300b9ed_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bounds_d300b9ed *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_n = _wp_args->n;
    wp::int32 var_m = _wp_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::slice_t var_3;
    const wp::int32 var_4 = 2147483647;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::array_t<wp::float32> var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::slice_t var_13;
    wp::array_t<wp::float32> var_14;
    const wp::int32 var_15 = -1;
    wp::slice_t var_16;
    const wp::int32 var_17 = 2147483647;
    const wp::int32 var_18 = -2147483648;
    wp::array_t<wp::float32> var_19;
    const wp::int32 var_20 = 0;
    wp::float32* var_21;
    const wp::int32 var_22 = 2;
    wp::int32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 0;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 2;
    wp::slice_t var_33;
    const wp::int32 var_34 = -2147483648;
    const wp::int32 var_35 = 1;
    wp::array_t<wp::float32> var_36;
    wp::int32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    //---------
    // forward
    // def bounds(a: wp.array(dtype=float), n: wp.array(dtype=int), m: int):                  <L 48>
    // i = wp.tid()                                                                           <L 49>
    var_0 = builtin_tid1d();
    // head = a[: n[0]]                                                                       <L 50>
    var_2 = wp::address(var_n, var_1);
    var_6 = wp::load(var_2);
    var_3 = wp::slice_t(var_4, var_6, var_5);
    var_7 = wp::view(var_a, var_3);
    // mid = a[m - 1 : m + 1 : 1]                                                             <L 51>
    var_9 = wp::sub(var_m, var_8);
    var_11 = wp::add(var_m, var_10);
    var_13 = wp::slice_t(var_9, var_11, var_12);
    var_14 = wp::view(var_a, var_13);
    // rev = a[::-1]                                                                          <L 52>
    var_16 = wp::slice_t(var_17, var_18, var_15);
    var_19 = wp::view(var_a, var_16);
    // a[i] = head[0] + mid[i % 2] + rev[0] + float(len(a[N:]))                               <L 53>
    var_21 = wp::address(var_7, var_20);
    var_23 = wp::mod(var_0, var_22);
    var_24 = wp::address(var_14, var_23);
    var_26 = wp::load(var_21);
    var_27 = wp::load(var_24);
    var_25 = wp::add(var_26, var_27);
    var_29 = wp::address(var_19, var_28);
    var_31 = wp::load(var_29);
    var_30 = wp::add(var_25, var_31);
    var_33 = wp::slice_t(var_32, var_34, var_35);
    var_36 = wp::view(var_a, var_33);
    var_37 = wp::len(var_36);
    var_38 = wp::float(var_37);
    var_39 = wp::add(var_30, var_38);
    wp::array_store(var_a, var_0, var_39);
}



template <bool wp_linear_contiguous>
static void bounds_d300b9ed_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bounds_d300b9ed *_wp_args,
    wp_args_bounds_d300b9ed *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_n = _wp_args->n;
    wp::int32 var_m = _wp_args->m;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_n = _wp_adj_args->n;
    wp::int32 adj_m = _wp_adj_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::slice_t var_3;
    const wp::int32 var_4 = 2147483647;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::array_t<wp::float32> var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::slice_t var_13;
    wp::array_t<wp::float32> var_14;
    const wp::int32 var_15 = -1;
    wp::slice_t var_16;
    const wp::int32 var_17 = 2147483647;
    const wp::int32 var_18 = -2147483648;
    wp::array_t<wp::float32> var_19;
    const wp::int32 var_20 = 0;
    wp::float32* var_21;
    const wp::int32 var_22 = 2;
    wp::int32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 0;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 2;
    wp::slice_t var_33;
    const wp::int32 var_34 = -2147483648;
    const wp::int32 var_35 = 1;
    wp::array_t<wp::float32> var_36;
    wp::int32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::slice_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::array_t<wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::slice_t adj_13 = {};
    wp::array_t<wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::slice_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::array_t<wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::slice_t adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::array_t<wp::float32> adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    //---------
    // forward
    // def bounds(a: wp.array(dtype=float), n: wp.array(dtype=int), m: int):                  <L 48>
    // i = wp.tid()                                                                           <L 49>
    var_0 = builtin_tid1d();
    // head = a[: n[0]]                                                                       <L 50>
    var_2 = wp::address(var_n, var_1);
    var_6 = wp::load(var_2);
    var_3 = wp::slice_t(var_4, var_6, var_5);
    var_7 = wp::view(var_a, var_3);
    // mid = a[m - 1 : m + 1 : 1]                                                             <L 51>
    var_9 = wp::sub(var_m, var_8);
    var_11 = wp::add(var_m, var_10);
    var_13 = wp::slice_t(var_9, var_11, var_12);
    var_14 = wp::view(var_a, var_13);
    // rev = a[::-1]                                                                          <L 52>
    var_16 = wp::slice_t(var_17, var_18, var_15);
    var_19 = wp::view(var_a, var_16);
    // a[i] = head[0] + mid[i % 2] + rev[0] + float(len(a[N:]))                               <L 53>
    var_21 = wp::address(var_7, var_20);
    var_23 = wp::mod(var_0, var_22);
    var_24 = wp::address(var_14, var_23);
    var_26 = wp::load(var_21);
    var_27 = wp::load(var_24);
    var_25 = wp::add(var_26, var_27);
    var_29 = wp::address(var_19, var_28);
    var_31 = wp::load(var_29);
    var_30 = wp::add(var_25, var_31);
    var_33 = wp::slice_t(var_32, var_34, var_35);
    var_36 = wp::view(var_a, var_33);
    var_37 = wp::len(var_36);
    var_38 = wp::float(var_37);
    var_39 = wp::add(var_30, var_38);
    // wp::array_store(var_a, var_0, var_39);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_39, adj_a, adj_0, adj_39);
    wp::adj_add(var_30, var_38, adj_30, adj_38, adj_39);
    wp::adj_float(var_37, adj_37, adj_38);
    wp::adj_view(var_a, var_33, adj_a, adj_33, adj_36);
    wp::adj_add(var_25, var_31, adj_25, adj_29, adj_30);
    wp::adj_address(var_19, var_28, adj_19, adj_28, adj_29);
    wp::adj_add(var_26, var_27, adj_21, adj_24, adj_25);
    wp::adj_address(var_14, var_23, adj_14, adj_23, adj_24);
    wp::adj_mod(var_0, var_22, adj_0, adj_22, adj_23);
    wp::adj_address(var_7, var_20, adj_7, adj_20, adj_21);
    // adj: a[i] = head[0] + mid[i % 2] + rev[0] + float(len(a[N:]))                          <L 53>
    wp::adj_view(var_a, var_16, adj_a, adj_16, adj_19);
    // adj: rev = a[::-1]                                                                     <L 52>
    wp::adj_view(var_a, var_13, adj_a, adj_13, adj_14);
    wp::adj_add(var_m, var_10, adj_m, adj_10, adj_11);
    wp::adj_sub(var_m, var_8, adj_m, adj_8, adj_9);
    // adj: mid = a[m - 1 : m + 1 : 1]                                                        <L 51>
    wp::adj_view(var_a, var_3, adj_a, adj_3, adj_7);
    wp::adj_address(var_n, var_1, adj_n, adj_1, adj_2);
    // adj: head = a[: n[0]]                                                                  <L 50>
    // adj: i = wp.tid()                                                                      <L 49>
    // adj: def bounds(a: wp.array(dtype=float), n: wp.array(dtype=int), m: int):             <L 48>
    return;
}



struct bounds_d300b9ed_cpu_block_payload_forward
{
    wp_args_bounds_d300b9ed* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bounds_d300b9ed_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bounds_d300b9ed_cpu_block_payload_forward* payload = (bounds_d300b9ed_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bounds_d300b9ed_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void bounds_d300b9ed_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bounds_d300b9ed *_wp_args)
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
        bounds_d300b9ed_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bounds_d300b9ed_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct bounds_d300b9ed_cpu_block_payload_backward
{
    wp_args_bounds_d300b9ed* args;
    wp_args_bounds_d300b9ed* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bounds_d300b9ed_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bounds_d300b9ed_cpu_block_payload_backward* payload = (bounds_d300b9ed_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bounds_d300b9ed_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void bounds_d300b9ed_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bounds_d300b9ed *_wp_args,
    wp_args_bounds_d300b9ed *_wp_adj_args)
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
        bounds_d300b9ed_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bounds_d300b9ed_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_stores_e05ff169 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> y;
    wp::array_t<wp::float32> z;
};


template <bool wp_linear_contiguous>
static void stores_e05ff169_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_stores_e05ff169 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::float32> var_z = _wp_args->z;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    const wp::int32 var_2 = 1;
    wp::slice_t var_3;
    const wp::int32 var_4 = 1;
    wp::slice_t var_5;
    const wp::int32 var_6 = 2147483647;
    const wp::int32 var_7 = -2147483648;
    const wp::int32 var_8 = 1;
    wp::array_t<wp::float32> var_9;
    const wp::float32 var_10 = 2.0;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 3;
    wp::slice_t var_16;
    const wp::int32 var_17 = -2147483648;
    wp::array_t<wp::float32> var_18;
    const wp::int32 var_19 = 0;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    wp::array_t<wp::float32> var_22;
    const wp::int32 var_23 = 0;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::slice_t var_28;
    const wp::int32 var_29 = -2147483648;
    const wp::int32 var_30 = 1;
    const wp::int32 var_31 = 2;
    wp::slice_t var_32;
    const wp::int32 var_33 = 2147483647;
    const wp::int32 var_34 = -2147483648;
    wp::array_t<wp::float32> var_35;
    const wp::int32 var_36 = 0;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 0;
    const wp::int32 var_42 = 0;
    wp::array_t<wp::float32> var_43;
    wp::float32* var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 1;
    //---------
    // forward
    // def stores(x: wp.array(dtype=float), y: wp.array2d(dtype=float), z: wp.array3d(dtype=float)):       <L 34>
    // i = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // y_slice = y[0:1, :]                                                                    <L 36>
    var_3 = wp::slice_t(var_1, var_2, var_4);
    var_5 = wp::slice_t(var_6, var_7, var_8);
    var_9 = wp::view(var_y, var_3, var_5);
    // y_slice[0, i] = 2.0 * x[i]                                                             <L 37>
    var_11 = wp::address(var_x, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_10, var_13);
    wp::array_store(var_9, var_14, var_0, var_12);
    // tail = x[i::3]                                                                         <L 38>
    var_16 = wp::slice_t(var_0, var_17, var_15);
    var_18 = wp::view(var_x, var_16);
    // tail[0] += 1.0                                                                         <L 39>
    var_21 = wp::atomic_add(var_18, var_19, var_20);
    // wp.atomic_add(y[i], 0, x[i])                                                           <L 40>
    var_22 = wp::view(var_y, var_0);
    var_24 = wp::address(var_x, var_0);
    var_26 = wp::load(var_24);
    var_25 = wp::atomic_add(var_22, var_23, var_26);
    // plane = z[i, 1:, ::2]                                                                  <L 41>
    var_28 = wp::slice_t(var_27, var_29, var_30);
    var_32 = wp::slice_t(var_33, var_34, var_31);
    var_35 = wp::view(var_z, var_0, var_28, var_32);
    // plane[0, 0] = y[0, i]                                                                  <L 42>
    var_37 = wp::address(var_y, var_36, var_0);
    var_39 = wp::load(var_37);
    var_38 = wp::copy(var_39);
    wp::array_store(var_35, var_40, var_41, var_38);
    // line = z[i, 0]                                                                         <L 43>
    var_43 = wp::view(var_z, var_0, var_42);
    // line[1] = wp.sin(x[i])                                                                 <L 44>
    var_44 = wp::address(var_x, var_0);
    var_46 = wp::load(var_44);
    var_45 = wp::sin(var_46);
    wp::array_store(var_43, var_47, var_45);
}



template <bool wp_linear_contiguous>
static void stores_e05ff169_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_stores_e05ff169 *_wp_args,
    wp_args_stores_e05ff169 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::float32> var_z = _wp_args->z;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    wp::array_t<wp::float32> adj_z = _wp_adj_args->z;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    const wp::int32 var_2 = 1;
    wp::slice_t var_3;
    const wp::int32 var_4 = 1;
    wp::slice_t var_5;
    const wp::int32 var_6 = 2147483647;
    const wp::int32 var_7 = -2147483648;
    const wp::int32 var_8 = 1;
    wp::array_t<wp::float32> var_9;
    const wp::float32 var_10 = 2.0;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 3;
    wp::slice_t var_16;
    const wp::int32 var_17 = -2147483648;
    wp::array_t<wp::float32> var_18;
    const wp::int32 var_19 = 0;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    wp::array_t<wp::float32> var_22;
    const wp::int32 var_23 = 0;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::slice_t var_28;
    const wp::int32 var_29 = -2147483648;
    const wp::int32 var_30 = 1;
    const wp::int32 var_31 = 2;
    wp::slice_t var_32;
    const wp::int32 var_33 = 2147483647;
    const wp::int32 var_34 = -2147483648;
    wp::array_t<wp::float32> var_35;
    const wp::int32 var_36 = 0;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 0;
    const wp::int32 var_42 = 0;
    wp::array_t<wp::float32> var_43;
    wp::float32* var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::slice_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::slice_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::array_t<wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::slice_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::array_t<wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::array_t<wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::slice_t adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::slice_t adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::array_t<wp::float32> adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::array_t<wp::float32> adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::int32 adj_47 = {};
    //---------
    // forward
    // def stores(x: wp.array(dtype=float), y: wp.array2d(dtype=float), z: wp.array3d(dtype=float)):       <L 34>
    // i = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // y_slice = y[0:1, :]                                                                    <L 36>
    var_3 = wp::slice_t(var_1, var_2, var_4);
    var_5 = wp::slice_t(var_6, var_7, var_8);
    var_9 = wp::view(var_y, var_3, var_5);
    // y_slice[0, i] = 2.0 * x[i]                                                             <L 37>
    var_11 = wp::address(var_x, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_10, var_13);
    // wp::array_store(var_9, var_14, var_0, var_12);
    // tail = x[i::3]                                                                         <L 38>
    var_16 = wp::slice_t(var_0, var_17, var_15);
    var_18 = wp::view(var_x, var_16);
    // tail[0] += 1.0                                                                         <L 39>
    // var_21 = wp::atomic_add(var_18, var_19, var_20);
    // wp.atomic_add(y[i], 0, x[i])                                                           <L 40>
    var_22 = wp::view(var_y, var_0);
    var_24 = wp::address(var_x, var_0);
    var_26 = wp::load(var_24);
    // var_25 = wp::atomic_add(var_22, var_23, var_26);
    // plane = z[i, 1:, ::2]                                                                  <L 41>
    var_28 = wp::slice_t(var_27, var_29, var_30);
    var_32 = wp::slice_t(var_33, var_34, var_31);
    var_35 = wp::view(var_z, var_0, var_28, var_32);
    // plane[0, 0] = y[0, i]                                                                  <L 42>
    var_37 = wp::address(var_y, var_36, var_0);
    var_39 = wp::load(var_37);
    var_38 = wp::copy(var_39);
    // wp::array_store(var_35, var_40, var_41, var_38);
    // line = z[i, 0]                                                                         <L 43>
    var_43 = wp::view(var_z, var_0, var_42);
    // line[1] = wp.sin(x[i])                                                                 <L 44>
    var_44 = wp::address(var_x, var_0);
    var_46 = wp::load(var_44);
    var_45 = wp::sin(var_46);
    // wp::array_store(var_43, var_47, var_45);
    //---------
    // reverse
    wp::adj_array_store(var_43, var_47, var_45, adj_43, adj_47, adj_45);
    wp::adj_sin(var_46, adj_44, adj_45);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_44);
    // adj: line[1] = wp.sin(x[i])                                                            <L 44>
    wp::adj_view(var_z, var_0, var_42, adj_z, adj_0, adj_42, adj_43);
    // adj: line = z[i, 0]                                                                    <L 43>
    wp::adj_array_store(var_35, var_40, var_41, var_38, adj_35, adj_40, adj_41, adj_38);
    wp::adj_copy(var_39, adj_37, adj_38);
    wp::adj_address(var_y, var_36, var_0, adj_y, adj_36, adj_0, adj_37);
    // adj: plane[0, 0] = y[0, i]                                                             <L 42>
    wp::adj_view(var_z, var_0, var_28, var_32, adj_z, adj_0, adj_28, adj_32, adj_35);
    // adj: plane = z[i, 1:, ::2]                                                             <L 41>
    wp::adj_atomic_add(var_22, var_23, var_26, adj_22, adj_23, adj_24, adj_25);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_24);
    wp::adj_view(var_y, var_0, adj_y, adj_0, adj_22);
    // adj: wp.atomic_add(y[i], 0, x[i])                                                      <L 40>
    wp::adj_atomic_add(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
    // adj: tail[0] += 1.0                                                                    <L 39>
    wp::adj_view(var_x, var_16, adj_x, adj_16, adj_18);
    // adj: tail = x[i::3]                                                                    <L 38>
    wp::adj_array_store(var_9, var_14, var_0, var_12, adj_9, adj_14, adj_0, adj_12);
    wp::adj_mul(var_10, var_13, adj_10, adj_11, adj_12);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_11);
    // adj: y_slice[0, i] = 2.0 * x[i]                                                        <L 37>
    wp::adj_view(var_y, var_3, var_5, adj_y, adj_3, adj_5, adj_9);
    // adj: y_slice = y[0:1, :]                                                               <L 36>
    // adj: i = wp.tid()                                                                      <L 35>
    // adj: def stores(x: wp.array(dtype=float), y: wp.array2d(dtype=float), z: wp.array3d(dtype=float)):  <L 34>
    return;
}



struct stores_e05ff169_cpu_block_payload_forward
{
    wp_args_stores_e05ff169* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void stores_e05ff169_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    stores_e05ff169_cpu_block_payload_forward* payload = (stores_e05ff169_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    stores_e05ff169_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void stores_e05ff169_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_stores_e05ff169 *_wp_args)
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
        stores_e05ff169_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &stores_e05ff169_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct stores_e05ff169_cpu_block_payload_backward
{
    wp_args_stores_e05ff169* args;
    wp_args_stores_e05ff169* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void stores_e05ff169_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    stores_e05ff169_cpu_block_payload_backward* payload = (stores_e05ff169_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    stores_e05ff169_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void stores_e05ff169_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_stores_e05ff169 *_wp_args,
    wp_args_stores_e05ff169 *_wp_adj_args)
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
        stores_e05ff169_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &stores_e05ff169_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

