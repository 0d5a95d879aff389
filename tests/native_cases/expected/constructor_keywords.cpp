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

struct wp_args_k_133b15b0 {
    wp::array_t<wp::vec_t<3, wp::float32>> out;
    wp::float32 x;
    wp::float16 h;
};


template <bool wp_linear_contiguous>
static void k_133b15b0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_133b15b0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::float32 var_x = _wp_args->x;
    wp::float16 var_h = _wp_args->h;
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::float32 var_1 = 2.0;
    const wp::float32 var_2 = 3.0;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 2;
    wp::vec_t<2, wp::float16> var_5;
    const wp::float32 var_6 = 1.0;
    const wp::int32 var_7 = 2;
    wp::vec_t<2, wp::float16> var_8;
    const wp::float16 var_9 = 1.0;
    const wp::int32 var_10 = 5;
    wp::vec_t<5, wp::float32> var_11;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 1.0;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<3, wp::float64> var_15;
    const wp::float32 var_16 = 0.0;
    const wp::float32 var_17 = 1.0;
    const wp::float32 var_18 = 2.0;
    const wp::float32 var_19 = 3.0;
    const wp::int32 var_20 = 2;
    const wp::int32 var_21 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_22;
    wp::mat_t<2, 2, wp::float32> var_23;
    wp::mat_t<2, 2, wp::float32> var_24;
    const wp::int32 var_25 = 2;
    const wp::int32 var_26 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_27;
    wp::mat_t<2, 2, wp::float32> var_28;
    wp::mat_t<3, 2, wp::float64> var_29;
    const wp::int32 var_30 = 3;
    const wp::int32 var_31 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_32;
    wp::mat_t<3, 2, wp::float64> var_33;
    const wp::float32 var_34 = 1.0;
    const wp::int32 var_35 = 3;
    const wp::int32 var_36 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_37;
    wp::mat_t<3, 2, wp::float32> var_38;
    const wp::float32 var_39 = 0.0;
    const wp::float32 var_40 = 1.0;
    const wp::float32 var_41 = 2.0;
    const wp::float32 var_42 = 3.0;
    const wp::int32 var_43 = 2;
    const wp::int32 var_44 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_45;
    wp::mat_t<2, 2, wp::float16> var_46;
    const wp::float16 var_47 = 0.0;
    const wp::float16 var_48 = 1.0;
    const wp::float16 var_49 = 2.0;
    const wp::float16 var_50 = 3.0;
    const wp::int32 var_51 = 2;
    const wp::int32 var_52 = 3;
    wp::tuple_t<wp::int32, wp::int32> var_53;
    wp::mat_t<2, 3, wp::float32> var_54;
    const wp::float32 var_55 = 2.0;
    const wp::float32 var_56 = 3.0;
    const wp::float32 var_57 = 4.0;
    const wp::float32 var_58 = 5.0;
    const wp::float32 var_59 = 6.0;
    const wp::int32 var_60 = 2;
    const wp::int32 var_61 = 3;
    wp::tuple_t<wp::int32, wp::int32> var_62;
    wp::mat_t<2, 3, wp::float32> var_63;
    const wp::int32 var_64 = 1;
    const wp::int32 var_65 = 2;
    const wp::int32 var_66 = 3;
    wp::vec_t<3, wp::float16> var_67;
    const wp::float16 var_68 = 1;
    const wp::float16 var_69 = 2;
    const wp::float16 var_70 = 3;
    const wp::int32 var_71 = 2;
    wp::vec_t<2, wp::float16> var_72;
    const wp::float16 var_73 = 2;
    const wp::int32 var_74 = 4;
    wp::float32 var_75;
    const wp::int32 var_76 = 1;
    wp::float32 var_77;
    const wp::int32 var_78 = 2;
    const wp::int32 var_79 = 1;
    wp::float32 var_80;
    wp::vec_t<3, wp::float32> var_81;
    wp::vec_t<3, wp::float32> var_82;
    const wp::int32 var_83 = 0;
    //---------
    // forward
    // def k(out: wp.array(dtype=wp.vec3), x: float, h: wp.float16):                          <L 10>
    // v = wp.types.vector(1.0, 2.0, 3.0, dtype=float)                                        <L 11>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    // z = wp.types.vector(length=2, dtype=wp.float16)                                        <L 12>
    var_5 = wp::vec_t<2, wp::float16>();
    // ones = wp.types.vector(1.0, length=2, dtype=wp.float16)                                <L 13>
    var_8 = wp::vec_t<2, wp::float16>(var_9);
    // fill = wp.types.vector(x, length=5)                                                    <L 14>
    var_11 = wp::vec_t<5, wp::float32>(var_x);
    // by_value = wp.types.vector(0.0, 1.0)                                                   <L 15>
    var_14 = wp::vec_t<2, wp::float32>(var_12, var_13);
    // copy = wp.types.vector(v, dtype=wp.float64)                                            <L 16>
    var_15 = wp::vec_t<3, wp::float64>(var_3);
    // m = wp.types.matrix(0.0, 1.0, 2.0, 3.0, shape=(2, 2))                                  <L 17>
    var_22 = wp::tuple(var_20, var_21);
    var_23 = wp::mat_t<2, 2, wp::float32>(var_16, var_17, var_18, var_19);
    // a = wp.mat22()                                                                         <L 18>
    var_24 = wp::mat_t<2, 2, wp::float32>();
    // b = wp.matrix(a, shape=(2, 2))                                                         <L 19>
    var_27 = wp::tuple(var_25, var_26);
    var_28 = wp::mat_t<2, 2, wp::float32>(var_24);
    // c = mat32d()                                                                           <L 20>
    var_29 = wp::mat_t<3, 2, wp::float64>();
    // d = mat32d(c, shape=(3, 2))                                                            <L 21>
    var_32 = wp::tuple(var_30, var_31);
    var_33 = wp::mat_t<3, 2, wp::float64>(var_29);
    // g = wp.types.matrix(1.0, shape=(3, 2))                                                 <L 22>
    var_37 = wp::tuple(var_35, var_36);
    var_38 = wp::mat_t<3, 2, wp::float32>(var_34);
    // hm = wp.types.matrix(0.0, 1.0, 2.0, 3.0, shape=(2, 2), dtype=wp.float16)               <L 23>
    var_45 = wp::tuple(var_43, var_44);
    var_46 = wp::mat_t<2, 2, wp::float16>(var_47, var_48, var_49, var_50);
    // cm = wp.types.matrix(shape=(ROWS, COLS), dtype=float)                                  <L 24>
    var_53 = wp::tuple(var_51, var_52);
    var_54 = wp::mat_t<2, 3, wp::float32>();
    // big = wp.types.matrix(x, 2.0, 3.0, 4.0, 5.0, 6.0, shape=(2, 3))                        <L 25>
    var_62 = wp::tuple(var_60, var_61);
    var_63 = wp::mat_t<2, 3, wp::float32>({var_x, var_55, var_56, var_57, var_58, var_59});
    // ih = wp.vec3h(1, 2, 3)                                                                 <L 26>
    var_67 = wp::vec_t<3, wp::float16>(var_68, var_69, var_70);
    // hh = wp.vec2h(h, 2)                                                                    <L 27>
    var_72 = wp::vec_t<2, wp::float16>(var_h, var_73);
    // out[0] = v + wp.vec3(fill[4], by_value[1], g[2, 1])                                    <L 28>
    var_75 = wp::extract(var_11, var_74);
    var_77 = wp::extract(var_14, var_76);
    var_80 = wp::extract(var_38, var_78, var_79);
    var_81 = wp::vec_t<3, wp::float32>(var_75, var_77, var_80);
    var_82 = wp::add(var_3, var_81);
    wp::array_store(var_out, var_83, var_82);
}



template <bool wp_linear_contiguous>
static void k_133b15b0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_133b15b0 *_wp_args,
    wp_args_k_133b15b0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::float32 var_x = _wp_args->x;
    wp::float16 var_h = _wp_args->h;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    wp::float32 adj_x = _wp_adj_args->x;
    wp::float16 adj_h = _wp_adj_args->h;
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::float32 var_1 = 2.0;
    const wp::float32 var_2 = 3.0;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 2;
    wp::vec_t<2, wp::float16> var_5;
    const wp::float32 var_6 = 1.0;
    const wp::int32 var_7 = 2;
    wp::vec_t<2, wp::float16> var_8;
    const wp::float16 var_9 = 1.0;
    const wp::int32 var_10 = 5;
    wp::vec_t<5, wp::float32> var_11;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 1.0;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<3, wp::float64> var_15;
    const wp::float32 var_16 = 0.0;
    const wp::float32 var_17 = 1.0;
    const wp::float32 var_18 = 2.0;
    const wp::float32 var_19 = 3.0;
    const wp::int32 var_20 = 2;
    const wp::int32 var_21 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_22;
    wp::mat_t<2, 2, wp::float32> var_23;
    wp::mat_t<2, 2, wp::float32> var_24;
    const wp::int32 var_25 = 2;
    const wp::int32 var_26 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_27;
    wp::mat_t<2, 2, wp::float32> var_28;
    wp::mat_t<3, 2, wp::float64> var_29;
    const wp::int32 var_30 = 3;
    const wp::int32 var_31 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_32;
    wp::mat_t<3, 2, wp::float64> var_33;
    const wp::float32 var_34 = 1.0;
    const wp::int32 var_35 = 3;
    const wp::int32 var_36 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_37;
    wp::mat_t<3, 2, wp::float32> var_38;
    const wp::float32 var_39 = 0.0;
    const wp::float32 var_40 = 1.0;
    const wp::float32 var_41 = 2.0;
    const wp::float32 var_42 = 3.0;
    const wp::int32 var_43 = 2;
    const wp::int32 var_44 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_45;
    wp::mat_t<2, 2, wp::float16> var_46;
    const wp::float16 var_47 = 0.0;
    const wp::float16 var_48 = 1.0;
    const wp::float16 var_49 = 2.0;
    const wp::float16 var_50 = 3.0;
    const wp::int32 var_51 = 2;
    const wp::int32 var_52 = 3;
    wp::tuple_t<wp::int32, wp::int32> var_53;
    wp::mat_t<2, 3, wp::float32> var_54;
    const wp::float32 var_55 = 2.0;
    const wp::float32 var_56 = 3.0;
    const wp::float32 var_57 = 4.0;
    const wp::float32 var_58 = 5.0;
    const wp::float32 var_59 = 6.0;
    const wp::int32 var_60 = 2;
    const wp::int32 var_61 = 3;
    wp::tuple_t<wp::int32, wp::int32> var_62;
    wp::mat_t<2, 3, wp::float32> var_63;
    const wp::int32 var_64 = 1;
    const wp::int32 var_65 = 2;
    const wp::int32 var_66 = 3;
    wp::vec_t<3, wp::float16> var_67;
    const wp::float16 var_68 = 1;
    const wp::float16 var_69 = 2;
    const wp::float16 var_70 = 3;
    const wp::int32 var_71 = 2;
    wp::vec_t<2, wp::float16> var_72;
    const wp::float16 var_73 = 2;
    const wp::int32 var_74 = 4;
    wp::float32 var_75;
    const wp::int32 var_76 = 1;
    wp::float32 var_77;
    const wp::int32 var_78 = 2;
    const wp::int32 var_79 = 1;
    wp::float32 var_80;
    wp::vec_t<3, wp::float32> var_81;
    wp::vec_t<3, wp::float32> var_82;
    const wp::int32 var_83 = 0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<2, wp::float16> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<2, wp::float16> adj_8 = {};
    wp::float16 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<5, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float64> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_22 = {};
    wp::mat_t<2, 2, wp::float32> adj_23 = {};
    wp::mat_t<2, 2, wp::float32> adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_27 = {};
    wp::mat_t<2, 2, wp::float32> adj_28 = {};
    wp::mat_t<3, 2, wp::float64> adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_32 = {};
    wp::mat_t<3, 2, wp::float64> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_37 = {};
    wp::mat_t<3, 2, wp::float32> adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_45 = {};
    wp::mat_t<2, 2, wp::float16> adj_46 = {};
    wp::float16 adj_47 = {};
    wp::float16 adj_48 = {};
    wp::float16 adj_49 = {};
    wp::float16 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_53 = {};
    wp::mat_t<2, 3, wp::float32> adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_62 = {};
    wp::mat_t<2, 3, wp::float32> adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::vec_t<3, wp::float16> adj_67 = {};
    wp::float16 adj_68 = {};
    wp::float16 adj_69 = {};
    wp::float16 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::vec_t<2, wp::float16> adj_72 = {};
    wp::float16 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::vec_t<3, wp::float32> adj_81 = {};
    wp::vec_t<3, wp::float32> adj_82 = {};
    wp::int32 adj_83 = {};
    //---------
    // forward
    // def k(out: wp.array(dtype=wp.vec3), x: float, h: wp.float16):                          <L 10>
    // v = wp.types.vector(1.0, 2.0, 3.0, dtype=float)                                        <L 11>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    // z = wp.types.vector(length=2, dtype=wp.float16)                                        <L 12>
    var_5 = wp::vec_t<2, wp::float16>();
    // ones = wp.types.vector(1.0, length=2, dtype=wp.float16)                                <L 13>
    var_8 = wp::vec_t<2, wp::float16>(var_9);
    // fill = wp.types.vector(x, length=5)                                                    <L 14>
    var_11 = wp::vec_t<5, wp::float32>(var_x);
    // by_value = wp.types.vector(0.0, 1.0)                                                   <L 15>
    var_14 = wp::vec_t<2, wp::float32>(var_12, var_13);
    // copy = wp.types.vector(v, dtype=wp.float64)                                            <L 16>
    var_15 = wp::vec_t<3, wp::float64>(var_3);
    // m = wp.types.matrix(0.0, 1.0, 2.0, 3.0, shape=(2, 2))                                  <L 17>
    var_22 = wp::tuple(var_20, var_21);
    var_23 = wp::mat_t<2, 2, wp::float32>(var_16, var_17, var_18, var_19);
    // a = wp.mat22()                                                                         <L 18>
    var_24 = wp::mat_t<2, 2, wp::float32>();
    // b = wp.matrix(a, shape=(2, 2))                                                         <L 19>
    var_27 = wp::tuple(var_25, var_26);
    var_28 = wp::mat_t<2, 2, wp::float32>(var_24);
    // c = mat32d()                                                                           <L 20>
    var_29 = wp::mat_t<3, 2, wp::float64>();
    // d = mat32d(c, shape=(3, 2))                                                            <L 21>
    var_32 = wp::tuple(var_30, var_31);
    var_33 = wp::mat_t<3, 2, wp::float64>(var_29);
    // g = wp.types.matrix(1.0, shape=(3, 2))                                                 <L 22>
    var_37 = wp::tuple(var_35, var_36);
    var_38 = wp::mat_t<3, 2, wp::float32>(var_34);
    // hm = wp.types.matrix(0.0, 1.0, 2.0, 3.0, shape=(2, 2), dtype=wp.float16)               <L 23>
    var_45 = wp::tuple(var_43, var_44);
    var_46 = wp::mat_t<2, 2, wp::float16>(var_47, var_48, var_49, var_50);
    // cm = wp.types.matrix(shape=(ROWS, COLS), dtype=float)                                  <L 24>
    var_53 = wp::tuple(var_51, var_52);
    var_54 = wp::mat_t<2, 3, wp::float32>();
    // big = wp.types.matrix(x, 2.0, 3.0, 4.0, 5.0, 6.0, shape=(2, 3))                        <L 25>
    var_62 = wp::tuple(var_60, var_61);
    var_63 = wp::mat_t<2, 3, wp::float32>({var_x, var_55, var_56, var_57, var_58, var_59});
    // ih = wp.vec3h(1, 2, 3)                                                                 <L 26>
    var_67 = wp::vec_t<3, wp::float16>(var_68, var_69, var_70);
    // hh = wp.vec2h(h, 2)                                                                    <L 27>
    var_72 = wp::vec_t<2, wp::float16>(var_h, var_73);
    // out[0] = v + wp.vec3(fill[4], by_value[1], g[2, 1])                                    <L 28>
    var_75 = wp::extract(var_11, var_74);
    var_77 = wp::extract(var_14, var_76);
    var_80 = wp::extract(var_38, var_78, var_79);
    var_81 = wp::vec_t<3, wp::float32>(var_75, var_77, var_80);
    var_82 = wp::add(var_3, var_81);
    // wp::array_store(var_out, var_83, var_82);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_83, var_82, adj_out, adj_83, adj_82);
    wp::adj_add(var_3, var_81, adj_3, adj_81, adj_82);
    wp::adj_vec_t(var_75, var_77, var_80, adj_75, adj_77, adj_80, adj_81);
    wp::adj_extract(var_38, var_78, var_79, adj_38, adj_78, adj_79, adj_80);
    wp::adj_extract(var_14, var_76, adj_14, adj_76, adj_77);
    wp::adj_extract(var_11, var_74, adj_11, adj_74, adj_75);
    // adj: out[0] = v + wp.vec3(fill[4], by_value[1], g[2, 1])                               <L 28>
    wp::adj_vec_t(var_h, var_73, adj_h, adj_73, adj_72);
    // adj: hh = wp.vec2h(h, 2)                                                               <L 27>
    wp::adj_vec_t(var_68, var_69, var_70, adj_68, adj_69, adj_70, adj_67);
    // adj: ih = wp.vec3h(1, 2, 3)                                                            <L 26>
    wp::adj_mat_t({var_x, var_55, var_56, var_57, var_58, var_59}, {&adj_x, &adj_55, &adj_56, &adj_57, &adj_58, &adj_59}, adj_63);
    // adj: big = wp.types.matrix(x, 2.0, 3.0, 4.0, 5.0, 6.0, shape=(2, 3))                   <L 25>
    // adj: cm = wp.types.matrix(shape=(ROWS, COLS), dtype=float)                             <L 24>
    wp::adj_mat_t(var_47, var_48, var_49, var_50, adj_47, adj_48, adj_49, adj_50, adj_46);
    // adj: hm = wp.types.matrix(0.0, 1.0, 2.0, 3.0, shape=(2, 2), dtype=wp.float16)          <L 23>
    wp::adj_mat_t(var_34, adj_34, adj_38);
    // adj: g = wp.types.matrix(1.0, shape=(3, 2))                                            <L 22>
    wp::adj_mat_t(var_29, adj_29, adj_33);
    // adj: d = mat32d(c, shape=(3, 2))                                                       <L 21>
    // adj: c = mat32d()                                                                      <L 20>
    wp::adj_mat_t(var_24, adj_24, adj_28);
    // adj: b = wp.matrix(a, shape=(2, 2))                                                    <L 19>
    // adj: a = wp.mat22()                                                                    <L 18>
    wp::adj_mat_t(var_16, var_17, var_18, var_19, adj_16, adj_17, adj_18, adj_19, adj_23);
    // adj: m = wp.types.matrix(0.0, 1.0, 2.0, 3.0, shape=(2, 2))                             <L 17>
    wp::adj_vec_t(var_3, adj_3, adj_15);
    // adj: copy = wp.types.vector(v, dtype=wp.float64)                                       <L 16>
    wp::adj_vec_t(var_12, var_13, adj_12, adj_13, adj_14);
    // adj: by_value = wp.types.vector(0.0, 1.0)                                              <L 15>
    wp::adj_vec_t(var_x, adj_x, adj_11);
    // adj: fill = wp.types.vector(x, length=5)                                               <L 14>
    wp::adj_vec_t(var_9, adj_9, adj_8);
    // adj: ones = wp.types.vector(1.0, length=2, dtype=wp.float16)                           <L 13>
    // adj: z = wp.types.vector(length=2, dtype=wp.float16)                                   <L 12>
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: v = wp.types.vector(1.0, 2.0, 3.0, dtype=float)                                   <L 11>
    // adj: def k(out: wp.array(dtype=wp.vec3), x: float, h: wp.float16):                     <L 10>
    return;
}



struct k_133b15b0_cpu_block_payload_forward
{
    wp_args_k_133b15b0* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_133b15b0_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_133b15b0_cpu_block_payload_forward* payload = (k_133b15b0_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_133b15b0_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_133b15b0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_133b15b0 *_wp_args)
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
        k_133b15b0_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_133b15b0_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_133b15b0_cpu_block_payload_backward
{
    wp_args_k_133b15b0* args;
    wp_args_k_133b15b0* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_133b15b0_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_133b15b0_cpu_block_payload_backward* payload = (k_133b15b0_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_133b15b0_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_133b15b0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_133b15b0 *_wp_args,
    wp_args_k_133b15b0 *_wp_adj_args)
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
        k_133b15b0_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_133b15b0_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

