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

struct wp_args_unrolled_48b429b2 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void unrolled_48b429b2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_unrolled_48b429b2 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.25;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 3;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 0;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 2;
    const wp::int32 var_42 = 0;
    wp::int32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    const wp::int32 var_50 = 4;
    const wp::int32 var_51 = 0;
    wp::int32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::int32 var_59 = 6;
    const wp::int32 var_60 = 0;
    wp::int32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    const wp::int32 var_64 = 1;
    wp::int32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    const wp::int32 var_68 = 3;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::int32 var_71 = 2;
    wp::float32 var_72;
    wp::float32 var_73;
    const wp::int32 var_74 = 1;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 4;
    wp::range_t var_78;
    wp::int32 var_79;
    const wp::float32 var_80 = 100.0;
    bool var_81;
    const wp::float32 var_82 = 2.0;
    wp::float32 var_83;
    //---------
    // forward
    // def unrolled(a: wp.array(dtype=float), out: wp.array(dtype=float)):                    <L 8>
    // i = wp.tid()                                                                           <L 9>
    var_0 = builtin_tid1d();
    // acc = float(0.0)                                                                       <L 10>
    var_2 = wp::float(var_1);
    // for j in range(N):                                                                     <L 11>
    // acc = acc + a[i] * float(j) * SCALE                                                    <L 12>
    var_4 = wp::address(var_a, var_0);
    var_5 = wp::float(var_3);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::add(var_2, var_9);
    var_12 = wp::address(var_a, var_0);
    var_13 = wp::float(var_11);
    var_15 = wp::load(var_12);
    var_14 = wp::mul(var_15, var_13);
    var_16 = wp::mul(var_14, var_8);
    var_17 = wp::add(var_10, var_16);
    var_19 = wp::address(var_a, var_0);
    var_20 = wp::float(var_18);
    var_22 = wp::load(var_19);
    var_21 = wp::mul(var_22, var_20);
    var_23 = wp::mul(var_21, var_8);
    var_24 = wp::add(var_17, var_23);
    var_26 = wp::address(var_a, var_0);
    var_27 = wp::float(var_25);
    var_29 = wp::load(var_26);
    var_28 = wp::mul(var_29, var_27);
    var_30 = wp::mul(var_28, var_8);
    var_31 = wp::add(var_24, var_30);
    // for j in range(0, 8, 2):                                                               <L 13>
    // for k in range(2):                                                                     <L 14>
    // acc += float(j * k)                                                                    <L 15>
    var_34 = wp::mul(var_32, var_33);
    var_35 = wp::float(var_34);
    var_36 = wp::add(var_31, var_35);
    var_38 = wp::mul(var_32, var_37);
    var_39 = wp::float(var_38);
    var_40 = wp::add(var_36, var_39);
    // for k in range(2):                                                                     <L 14>
    // acc += float(j * k)                                                                    <L 15>
    var_43 = wp::mul(var_41, var_42);
    var_44 = wp::float(var_43);
    var_45 = wp::add(var_40, var_44);
    var_47 = wp::mul(var_41, var_46);
    var_48 = wp::float(var_47);
    var_49 = wp::add(var_45, var_48);
    // for k in range(2):                                                                     <L 14>
    // acc += float(j * k)                                                                    <L 15>
    var_52 = wp::mul(var_50, var_51);
    var_53 = wp::float(var_52);
    var_54 = wp::add(var_49, var_53);
    var_56 = wp::mul(var_50, var_55);
    var_57 = wp::float(var_56);
    var_58 = wp::add(var_54, var_57);
    // for k in range(2):                                                                     <L 14>
    // acc += float(j * k)                                                                    <L 15>
    var_61 = wp::mul(var_59, var_60);
    var_62 = wp::float(var_61);
    var_63 = wp::add(var_58, var_62);
    var_65 = wp::mul(var_59, var_64);
    var_66 = wp::float(var_65);
    var_67 = wp::add(var_63, var_66);
    // for j in range(3, 0, -1):                                                              <L 16>
    // acc = acc - float(j)                                                                   <L 17>
    var_69 = wp::float(var_68);
    var_70 = wp::sub(var_67, var_69);
    var_72 = wp::float(var_71);
    var_73 = wp::sub(var_70, var_72);
    var_75 = wp::float(var_74);
    var_76 = wp::sub(var_73, var_75);
    // for j in range(0):                                                                     <L 18>
    // for j in range(4):                                                                     <L 20>
    var_78 = wp::range(var_77);
    start_for_0:;
        if (iter_cmp(var_78) == 0) goto end_for_0;
        var_79 = wp::iter_next(var_78);
        // if acc > 100.0:                                                                    <L 21>
        var_81 = (var_76 > var_80);
        if (var_81) {
            // break                                                                          <L 22>
            goto end_for_0;
        }
        // acc = acc * 2.0                                                                    <L 23>
        var_83 = wp::mul(var_76, var_82);
        wp::assign(var_76, var_83);
        goto start_for_0;
    end_for_0:;
    // out[i] = acc                                                                           <L 24>
    wp::array_store(var_out, var_0, var_76);
}



template <bool wp_linear_contiguous>
static void unrolled_48b429b2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_unrolled_48b429b2 *_wp_args,
    wp_args_unrolled_48b429b2 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.25;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 3;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 0;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 2;
    const wp::int32 var_42 = 0;
    wp::int32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    const wp::int32 var_50 = 4;
    const wp::int32 var_51 = 0;
    wp::int32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::int32 var_59 = 6;
    const wp::int32 var_60 = 0;
    wp::int32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    const wp::int32 var_64 = 1;
    wp::int32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    const wp::int32 var_68 = 3;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::int32 var_71 = 2;
    wp::float32 var_72;
    wp::float32 var_73;
    const wp::int32 var_74 = 1;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 4;
    wp::range_t var_78;
    wp::int32 var_79;
    const wp::float32 var_80 = 100.0;
    bool var_81;
    const wp::float32 var_82 = 2.0;
    wp::float32 var_83;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::range_t adj_78 = {};
    wp::int32 adj_79 = {};
    wp::float32 adj_80 = {};
    bool adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    //---------
    // forward
    // def unrolled(a: wp.array(dtype=float), out: wp.array(dtype=float)):                    <L 8>
    // i = wp.tid()                                                                           <L 9>
    var_0 = builtin_tid1d();
    // acc = float(0.0)                                                                       <L 10>
    var_2 = wp::float(var_1);
    // for j in range(N):                                                                     <L 11>
    // acc = acc + a[i] * float(j) * SCALE                                                    <L 12>
    var_4 = wp::address(var_a, var_0);
    var_5 = wp::float(var_3);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::add(var_2, var_9);
    var_12 = wp::address(var_a, var_0);
    var_13 = wp::float(var_11);
    var_15 = wp::load(var_12);
    var_14 = wp::mul(var_15, var_13);
    var_16 = wp::mul(var_14, var_8);
    var_17 = wp::add(var_10, var_16);
    var_19 = wp::address(var_a, var_0);
    var_20 = wp::float(var_18);
    var_22 = wp::load(var_19);
    var_21 = wp::mul(var_22, var_20);
    var_23 = wp::mul(var_21, var_8);
    var_24 = wp::add(var_17, var_23);
    var_26 = wp::address(var_a, var_0);
    var_27 = wp::float(var_25);
    var_29 = wp::load(var_26);
    var_28 = wp::mul(var_29, var_27);
    var_30 = wp::mul(var_28, var_8);
    var_31 = wp::add(var_24, var_30);
    // for j in range(0, 8, 2):                                                               <L 13>
    // for k in range(2):                                                                     <L 14>
    // acc += float(j * k)                                                                    <L 15>
    var_34 = wp::mul(var_32, var_33);
    var_35 = wp::float(var_34);
    var_36 = wp::add(var_31, var_35);
    var_38 = wp::mul(var_32, var_37);
    var_39 = wp::float(var_38);
    var_40 = wp::add(var_36, var_39);
    // for k in range(2):                                                                     <L 14>
    // acc += float(j * k)                                                                    <L 15>
    var_43 = wp::mul(var_41, var_42);
    var_44 = wp::float(var_43);
    var_45 = wp::add(var_40, var_44);
    var_47 = wp::mul(var_41, var_46);
    var_48 = wp::float(var_47);
    var_49 = wp::add(var_45, var_48);
    // for k in range(2):                                                                     <L 14>
    // acc += float(j * k)                                                                    <L 15>
    var_52 = wp::mul(var_50, var_51);
    var_53 = wp::float(var_52);
    var_54 = wp::add(var_49, var_53);
    var_56 = wp::mul(var_50, var_55);
    var_57 = wp::float(var_56);
    var_58 = wp::add(var_54, var_57);
    // for k in range(2):                                                                     <L 14>
    // acc += float(j * k)                                                                    <L 15>
    var_61 = wp::mul(var_59, var_60);
    var_62 = wp::float(var_61);
    var_63 = wp::add(var_58, var_62);
    var_65 = wp::mul(var_59, var_64);
    var_66 = wp::float(var_65);
    var_67 = wp::add(var_63, var_66);
    // for j in range(3, 0, -1):                                                              <L 16>
    // acc = acc - float(j)                                                                   <L 17>
    var_69 = wp::float(var_68);
    var_70 = wp::sub(var_67, var_69);
    var_72 = wp::float(var_71);
    var_73 = wp::sub(var_70, var_72);
    var_75 = wp::float(var_74);
    var_76 = wp::sub(var_73, var_75);
    // for j in range(0):                                                                     <L 18>
    // for j in range(4):                                                                     <L 20>
    var_78 = wp::range(var_77);
    // out[i] = acc                                                                           <L 24>
    // wp::array_store(var_out, var_0, var_76);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_76, adj_out, adj_0, adj_76);
    // adj: out[i] = acc                                                                      <L 24>
    var_78 = wp::iter_reverse(var_78);
    start_for_0:;
        if (iter_cmp(var_78) == 0) goto end_for_0;
        var_79 = wp::iter_next(var_78);
    	adj_80 = {};
    	adj_81 = {};
    	adj_82 = {};
    	adj_83 = {};
        // if acc > 100.0:                                                                    <L 21>
        var_81 = (var_76 > var_80);
        if (var_81) {
            // break                                                                          <L 22>
            goto end_for_0;
        }
        // acc = acc * 2.0                                                                    <L 23>
        var_83 = wp::mul(var_76, var_82);
        wp::assign(var_76, var_83);
        wp::adj_assign(var_76, var_83, adj_76, adj_83);
        wp::adj_mul(var_76, var_82, adj_76, adj_82, adj_83);
        // adj: acc = acc * 2.0                                                               <L 23>
        if (var_81) {
            // adj: break                                                                     <L 22>
        }
        // adj: if acc > 100.0:                                                               <L 21>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in range(4):                                                                <L 20>
    // adj: for j in range(0):                                                                <L 18>
    wp::adj_sub(var_73, var_75, adj_73, adj_75, adj_76);
    wp::adj_float(var_74, adj_74, adj_75);
    wp::adj_sub(var_70, var_72, adj_70, adj_72, adj_73);
    wp::adj_float(var_71, adj_71, adj_72);
    wp::adj_sub(var_67, var_69, adj_67, adj_69, adj_70);
    wp::adj_float(var_68, adj_68, adj_69);
    // adj: acc = acc - float(j)                                                              <L 17>
    // adj: for j in range(3, 0, -1):                                                         <L 16>
    wp::adj_add(var_63, var_66, adj_63, adj_66, adj_67);
    wp::adj_float(var_65, adj_65, adj_66);
    wp::adj_mul(var_59, var_64, adj_59, adj_64, adj_65);
    wp::adj_add(var_58, var_62, adj_58, adj_62, adj_63);
    wp::adj_float(var_61, adj_61, adj_62);
    wp::adj_mul(var_59, var_60, adj_59, adj_60, adj_61);
    // adj: acc += float(j * k)                                                               <L 15>
    // adj: for k in range(2):                                                                <L 14>
    wp::adj_add(var_54, var_57, adj_54, adj_57, adj_58);
    wp::adj_float(var_56, adj_56, adj_57);
    wp::adj_mul(var_50, var_55, adj_50, adj_55, adj_56);
    wp::adj_add(var_49, var_53, adj_49, adj_53, adj_54);
    wp::adj_float(var_52, adj_52, adj_53);
    wp::adj_mul(var_50, var_51, adj_50, adj_51, adj_52);
    // adj: acc += float(j * k)                                                               <L 15>
    // adj: for k in range(2):                                                                <L 14>
    wp::adj_add(var_45, var_48, adj_45, adj_48, adj_49);
    wp::adj_float(var_47, adj_47, adj_48);
    wp::adj_mul(var_41, var_46, adj_41, adj_46, adj_47);
    wp::adj_add(var_40, var_44, adj_40, adj_44, adj_45);
    wp::adj_float(var_43, adj_43, adj_44);
    wp::adj_mul(var_41, var_42, adj_41, adj_42, adj_43);
    // adj: acc += float(j * k)                                                               <L 15>
    // adj: for k in range(2):                                                                <L 14>
    wp::adj_add(var_36, var_39, adj_36, adj_39, adj_40);
    wp::adj_float(var_38, adj_38, adj_39);
    wp::adj_mul(var_32, var_37, adj_32, adj_37, adj_38);
    wp::adj_add(var_31, var_35, adj_31, adj_35, adj_36);
    wp::adj_float(var_34, adj_34, adj_35);
    wp::adj_mul(var_32, var_33, adj_32, adj_33, adj_34);
    // adj: acc += float(j * k)                                                               <L 15>
    // adj: for k in range(2):                                                                <L 14>
    // adj: for j in range(0, 8, 2):                                                          <L 13>
    wp::adj_add(var_24, var_30, adj_24, adj_30, adj_31);
    wp::adj_mul(var_28, var_8, adj_28, adj_8, adj_30);
    wp::adj_mul(var_29, var_27, adj_26, adj_27, adj_28);
    wp::adj_float(var_25, adj_25, adj_27);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_26);
    wp::adj_add(var_17, var_23, adj_17, adj_23, adj_24);
    wp::adj_mul(var_21, var_8, adj_21, adj_8, adj_23);
    wp::adj_mul(var_22, var_20, adj_19, adj_20, adj_21);
    wp::adj_float(var_18, adj_18, adj_20);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_19);
    wp::adj_add(var_10, var_16, adj_10, adj_16, adj_17);
    wp::adj_mul(var_14, var_8, adj_14, adj_8, adj_16);
    wp::adj_mul(var_15, var_13, adj_12, adj_13, adj_14);
    wp::adj_float(var_11, adj_11, adj_13);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_12);
    wp::adj_add(var_2, var_9, adj_2, adj_9, adj_10);
    wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_mul(var_7, var_5, adj_4, adj_5, adj_6);
    wp::adj_float(var_3, adj_3, adj_5);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_4);
    // adj: acc = acc + a[i] * float(j) * SCALE                                               <L 12>
    // adj: for j in range(N):                                                                <L 11>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: acc = float(0.0)                                                                  <L 10>
    // adj: i = wp.tid()                                                                      <L 9>
    // adj: def unrolled(a: wp.array(dtype=float), out: wp.array(dtype=float)):               <L 8>
    return;
}



struct unrolled_48b429b2_cpu_block_payload_forward
{
    wp_args_unrolled_48b429b2* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void unrolled_48b429b2_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    unrolled_48b429b2_cpu_block_payload_forward* payload = (unrolled_48b429b2_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    unrolled_48b429b2_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void unrolled_48b429b2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_unrolled_48b429b2 *_wp_args)
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
        unrolled_48b429b2_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &unrolled_48b429b2_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct unrolled_48b429b2_cpu_block_payload_backward
{
    wp_args_unrolled_48b429b2* args;
    wp_args_unrolled_48b429b2* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void unrolled_48b429b2_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    unrolled_48b429b2_cpu_block_payload_backward* payload = (unrolled_48b429b2_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    unrolled_48b429b2_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void unrolled_48b429b2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_unrolled_48b429b2 *_wp_args,
    wp_args_unrolled_48b429b2 *_wp_adj_args)
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
        unrolled_48b429b2_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &unrolled_48b429b2_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

