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

struct wp_args_k_9d79dbbb {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void k_9d79dbbb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_9d79dbbb *_wp_args)
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
    const bool var_4 = true;
    wp::float32* var_5;
    wp::float32 var_6;
    bool var_7;
    wp::float32 var_8;
    const bool var_9 = false;
    bool var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 2.0;
    bool var_14;
    const wp::float32 var_15 = 0.5;
    wp::float32 var_16;
    const bool var_17 = false;
    const wp::float32 var_18 = -1.0;
    bool var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    const wp::float32 var_24 = 1.0;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    bool var_28;
    const wp::int32 var_29 = 1;
    const bool var_30 = true;
    wp::float32* var_31;
    wp::float32 var_32;
    bool var_33;
    wp::float32 var_34;
    const bool var_35 = false;
    bool var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::float32 var_39 = 2.0;
    bool var_40;
    const wp::float32 var_41 = 0.5;
    wp::float32 var_42;
    const bool var_43 = false;
    const wp::float32 var_44 = -1.0;
    bool var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    bool var_49;
    const wp::float32 var_50 = 1.0;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    bool var_54;
    const wp::int32 var_55 = 2;
    const bool var_56 = true;
    wp::float32* var_57;
    wp::float32 var_58;
    bool var_59;
    wp::float32 var_60;
    const bool var_61 = false;
    bool var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    const wp::float32 var_65 = 2.0;
    bool var_66;
    const wp::float32 var_67 = 0.5;
    wp::float32 var_68;
    const bool var_69 = false;
    const wp::float32 var_70 = -1.0;
    bool var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    bool var_75;
    const wp::float32 var_76 = 1.0;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    bool var_80;
    const wp::int32 var_81 = 3;
    const bool var_82 = true;
    wp::float32* var_83;
    wp::float32 var_84;
    bool var_85;
    wp::float32 var_86;
    const bool var_87 = false;
    bool var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    const wp::float32 var_91 = 2.0;
    bool var_92;
    const wp::float32 var_93 = 0.5;
    wp::float32 var_94;
    const bool var_95 = false;
    const wp::float32 var_96 = -1.0;
    bool var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    bool var_101;
    const wp::float32 var_102 = 1.0;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    bool var_106;
    const wp::int32 var_107 = 0;
    const bool var_108 = true;
    const wp::float32 var_109 = 1.0;
    wp::float32 var_110;
    const bool var_111 = false;
    const wp::int32 var_112 = 1;
    const bool var_113 = true;
    const wp::float32 var_114 = 1.0;
    wp::float32 var_115;
    const bool var_116 = false;
    const wp::int32 var_117 = 2;
    const bool var_118 = true;
    const wp::float32 var_119 = 1.0;
    wp::float32 var_120;
    const bool var_121 = false;
    const wp::int32 var_122 = 0;
    const wp::int32 var_123 = 0;
    const bool var_124 = true;
    bool var_125;
    const bool var_126 = false;
    bool var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    wp::float32 var_130;
    const wp::int32 var_131 = 1;
    const bool var_132 = true;
    bool var_133;
    const bool var_134 = false;
    bool var_135;
    wp::float32 var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    const wp::int32 var_139 = 1;
    const wp::int32 var_140 = 0;
    const bool var_141 = true;
    bool var_142;
    const bool var_143 = false;
    bool var_144;
    wp::float32 var_145;
    wp::float32 var_146;
    wp::float32 var_147;
    const wp::int32 var_148 = 1;
    const bool var_149 = true;
    bool var_150;
    const bool var_151 = false;
    bool var_152;
    wp::float32 var_153;
    wp::float32 var_154;
    wp::float32 var_155;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                           <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // s = float(0.0)                                                                         <L 7>
    var_2 = wp::float(var_1);
    // for j in range(4):                                                                     <L 8>
    // if a[i] > float(j):                                                                    <L 9>
    var_5 = wp::address(var_a, var_0);
    var_6 = wp::float(var_3);
    var_8 = wp::load(var_5);
    var_7 = (var_8 > var_6);
    if (var_7) {
        // continue                                                                           <L 10>
    }
    var_10 = wp::where(var_7, var_9, var_4);
    // s = s + float(j)                                                                       <L 11>
    if (var_10) {
        var_11 = wp::float(var_3);
        var_12 = wp::add(var_2, var_11);
        // if s > 2.0:                                                                        <L 12>
        var_14 = (var_12 > var_13);
        if (var_14) {
            // s = s * 0.5                                                                    <L 13>
            var_16 = wp::mul(var_12, var_15);
            // continue                                                                       <L 14>
        }
        if (!var_14) {
            // elif s < -1.0:                                                                 <L 15>
            var_19 = (var_12 < var_18);
            if (var_19) {
                // s = -s                                                                     <L 16>
                var_20 = wp::neg(var_12);
            }
            var_21 = wp::where(var_19, var_20, var_12);
        }
        var_22 = wp::where(var_14, var_16, var_21);
        var_23 = wp::where(var_14, var_17, var_10);
        // s = s + 1.0                                                                        <L 17>
        if (var_23) {
            var_25 = wp::add(var_22, var_24);
        }
        var_26 = wp::where(var_23, var_25, var_22);
    }
    var_27 = wp::where(var_10, var_26, var_2);
    var_28 = wp::where(var_10, var_23, var_10);
    // if a[i] > float(j):                                                                    <L 9>
    var_31 = wp::address(var_a, var_0);
    var_32 = wp::float(var_29);
    var_34 = wp::load(var_31);
    var_33 = (var_34 > var_32);
    if (var_33) {
        // continue                                                                           <L 10>
    }
    var_36 = wp::where(var_33, var_35, var_30);
    // s = s + float(j)                                                                       <L 11>
    if (var_36) {
        var_37 = wp::float(var_29);
        var_38 = wp::add(var_27, var_37);
        // if s > 2.0:                                                                        <L 12>
        var_40 = (var_38 > var_39);
        if (var_40) {
            // s = s * 0.5                                                                    <L 13>
            var_42 = wp::mul(var_38, var_41);
            // continue                                                                       <L 14>
        }
        if (!var_40) {
            // elif s < -1.0:                                                                 <L 15>
            var_45 = (var_38 < var_44);
            if (var_45) {
                // s = -s                                                                     <L 16>
                var_46 = wp::neg(var_38);
            }
            var_47 = wp::where(var_45, var_46, var_38);
        }
        var_48 = wp::where(var_40, var_42, var_47);
        var_49 = wp::where(var_40, var_43, var_36);
        // s = s + 1.0                                                                        <L 17>
        if (var_49) {
            var_51 = wp::add(var_48, var_50);
        }
        var_52 = wp::where(var_49, var_51, var_48);
    }
    var_53 = wp::where(var_36, var_52, var_27);
    var_54 = wp::where(var_36, var_49, var_36);
    // if a[i] > float(j):                                                                    <L 9>
    var_57 = wp::address(var_a, var_0);
    var_58 = wp::float(var_55);
    var_60 = wp::load(var_57);
    var_59 = (var_60 > var_58);
    if (var_59) {
        // continue                                                                           <L 10>
    }
    var_62 = wp::where(var_59, var_61, var_56);
    // s = s + float(j)                                                                       <L 11>
    if (var_62) {
        var_63 = wp::float(var_55);
        var_64 = wp::add(var_53, var_63);
        // if s > 2.0:                                                                        <L 12>
        var_66 = (var_64 > var_65);
        if (var_66) {
            // s = s * 0.5                                                                    <L 13>
            var_68 = wp::mul(var_64, var_67);
            // continue                                                                       <L 14>
        }
        if (!var_66) {
            // elif s < -1.0:                                                                 <L 15>
            var_71 = (var_64 < var_70);
            if (var_71) {
                // s = -s                                                                     <L 16>
                var_72 = wp::neg(var_64);
            }
            var_73 = wp::where(var_71, var_72, var_64);
        }
        var_74 = wp::where(var_66, var_68, var_73);
        var_75 = wp::where(var_66, var_69, var_62);
        // s = s + 1.0                                                                        <L 17>
        if (var_75) {
            var_77 = wp::add(var_74, var_76);
        }
        var_78 = wp::where(var_75, var_77, var_74);
    }
    var_79 = wp::where(var_62, var_78, var_53);
    var_80 = wp::where(var_62, var_75, var_62);
    // if a[i] > float(j):                                                                    <L 9>
    var_83 = wp::address(var_a, var_0);
    var_84 = wp::float(var_81);
    var_86 = wp::load(var_83);
    var_85 = (var_86 > var_84);
    if (var_85) {
        // continue                                                                           <L 10>
    }
    var_88 = wp::where(var_85, var_87, var_82);
    // s = s + float(j)                                                                       <L 11>
    if (var_88) {
        var_89 = wp::float(var_81);
        var_90 = wp::add(var_79, var_89);
        // if s > 2.0:                                                                        <L 12>
        var_92 = (var_90 > var_91);
        if (var_92) {
            // s = s * 0.5                                                                    <L 13>
            var_94 = wp::mul(var_90, var_93);
            // continue                                                                       <L 14>
        }
        if (!var_92) {
            // elif s < -1.0:                                                                 <L 15>
            var_97 = (var_90 < var_96);
            if (var_97) {
                // s = -s                                                                     <L 16>
                var_98 = wp::neg(var_90);
            }
            var_99 = wp::where(var_97, var_98, var_90);
        }
        var_100 = wp::where(var_92, var_94, var_99);
        var_101 = wp::where(var_92, var_95, var_88);
        // s = s + 1.0                                                                        <L 17>
        if (var_101) {
            var_103 = wp::add(var_100, var_102);
        }
        var_104 = wp::where(var_101, var_103, var_100);
    }
    var_105 = wp::where(var_88, var_104, var_79);
    var_106 = wp::where(var_88, var_101, var_88);
    // for j in range(3):                                                                     <L 18>
    // s = s + 1.0                                                                            <L 19>
    var_110 = wp::add(var_105, var_109);
    // continue                                                                               <L 20>
    // s = s + 1.0                                                                            <L 19>
    var_115 = wp::add(var_110, var_114);
    // continue                                                                               <L 20>
    // s = s + 1.0                                                                            <L 19>
    var_120 = wp::add(var_115, var_119);
    // continue                                                                               <L 20>
    // for j in range(2):                                                                     <L 21>
    // for m in range(2):                                                                     <L 22>
    // if m == j:                                                                             <L 23>
    var_125 = (var_123 == var_122);
    if (var_125) {
        // continue                                                                           <L 24>
    }
    var_127 = wp::where(var_125, var_126, var_124);
    // s = s + float(m)                                                                       <L 25>
    if (var_127) {
        var_128 = wp::float(var_123);
        var_129 = wp::add(var_120, var_128);
    }
    var_130 = wp::where(var_127, var_129, var_120);
    // if m == j:                                                                             <L 23>
    var_133 = (var_131 == var_122);
    if (var_133) {
        // continue                                                                           <L 24>
    }
    var_135 = wp::where(var_133, var_134, var_132);
    // s = s + float(m)                                                                       <L 25>
    if (var_135) {
        var_136 = wp::float(var_131);
        var_137 = wp::add(var_130, var_136);
    }
    var_138 = wp::where(var_135, var_137, var_130);
    // for m in range(2):                                                                     <L 22>
    // if m == j:                                                                             <L 23>
    var_142 = (var_140 == var_139);
    if (var_142) {
        // continue                                                                           <L 24>
    }
    var_144 = wp::where(var_142, var_143, var_141);
    // s = s + float(m)                                                                       <L 25>
    if (var_144) {
        var_145 = wp::float(var_140);
        var_146 = wp::add(var_138, var_145);
    }
    var_147 = wp::where(var_144, var_146, var_138);
    // if m == j:                                                                             <L 23>
    var_150 = (var_148 == var_139);
    if (var_150) {
        // continue                                                                           <L 24>
    }
    var_152 = wp::where(var_150, var_151, var_149);
    // s = s + float(m)                                                                       <L 25>
    if (var_152) {
        var_153 = wp::float(var_148);
        var_154 = wp::add(var_147, var_153);
    }
    var_155 = wp::where(var_152, var_154, var_147);
    // out[i] = s                                                                             <L 26>
    wp::array_store(var_out, var_0, var_155);
}



template <bool wp_linear_contiguous>
static void k_9d79dbbb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_9d79dbbb *_wp_args,
    wp_args_k_9d79dbbb *_wp_adj_args)
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
    const bool var_4 = true;
    wp::float32* var_5;
    wp::float32 var_6;
    bool var_7;
    wp::float32 var_8;
    const bool var_9 = false;
    bool var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 2.0;
    bool var_14;
    const wp::float32 var_15 = 0.5;
    wp::float32 var_16;
    const bool var_17 = false;
    const wp::float32 var_18 = -1.0;
    bool var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    const wp::float32 var_24 = 1.0;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    bool var_28;
    const wp::int32 var_29 = 1;
    const bool var_30 = true;
    wp::float32* var_31;
    wp::float32 var_32;
    bool var_33;
    wp::float32 var_34;
    const bool var_35 = false;
    bool var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::float32 var_39 = 2.0;
    bool var_40;
    const wp::float32 var_41 = 0.5;
    wp::float32 var_42;
    const bool var_43 = false;
    const wp::float32 var_44 = -1.0;
    bool var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    bool var_49;
    const wp::float32 var_50 = 1.0;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    bool var_54;
    const wp::int32 var_55 = 2;
    const bool var_56 = true;
    wp::float32* var_57;
    wp::float32 var_58;
    bool var_59;
    wp::float32 var_60;
    const bool var_61 = false;
    bool var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    const wp::float32 var_65 = 2.0;
    bool var_66;
    const wp::float32 var_67 = 0.5;
    wp::float32 var_68;
    const bool var_69 = false;
    const wp::float32 var_70 = -1.0;
    bool var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    bool var_75;
    const wp::float32 var_76 = 1.0;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    bool var_80;
    const wp::int32 var_81 = 3;
    const bool var_82 = true;
    wp::float32* var_83;
    wp::float32 var_84;
    bool var_85;
    wp::float32 var_86;
    const bool var_87 = false;
    bool var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    const wp::float32 var_91 = 2.0;
    bool var_92;
    const wp::float32 var_93 = 0.5;
    wp::float32 var_94;
    const bool var_95 = false;
    const wp::float32 var_96 = -1.0;
    bool var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    bool var_101;
    const wp::float32 var_102 = 1.0;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    bool var_106;
    const wp::int32 var_107 = 0;
    const bool var_108 = true;
    const wp::float32 var_109 = 1.0;
    wp::float32 var_110;
    const bool var_111 = false;
    const wp::int32 var_112 = 1;
    const bool var_113 = true;
    const wp::float32 var_114 = 1.0;
    wp::float32 var_115;
    const bool var_116 = false;
    const wp::int32 var_117 = 2;
    const bool var_118 = true;
    const wp::float32 var_119 = 1.0;
    wp::float32 var_120;
    const bool var_121 = false;
    const wp::int32 var_122 = 0;
    const wp::int32 var_123 = 0;
    const bool var_124 = true;
    bool var_125;
    const bool var_126 = false;
    bool var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    wp::float32 var_130;
    const wp::int32 var_131 = 1;
    const bool var_132 = true;
    bool var_133;
    const bool var_134 = false;
    bool var_135;
    wp::float32 var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    const wp::int32 var_139 = 1;
    const wp::int32 var_140 = 0;
    const bool var_141 = true;
    bool var_142;
    const bool var_143 = false;
    bool var_144;
    wp::float32 var_145;
    wp::float32 var_146;
    wp::float32 var_147;
    const wp::int32 var_148 = 1;
    const bool var_149 = true;
    bool var_150;
    const bool var_151 = false;
    bool var_152;
    wp::float32 var_153;
    wp::float32 var_154;
    wp::float32 var_155;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    bool adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::int32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    bool adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    bool adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    bool adj_43 = {};
    wp::float32 adj_44 = {};
    bool adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    bool adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    bool adj_54 = {};
    wp::int32 adj_55 = {};
    bool adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    bool adj_59 = {};
    wp::float32 adj_60 = {};
    bool adj_61 = {};
    bool adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    bool adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    bool adj_69 = {};
    wp::float32 adj_70 = {};
    bool adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    bool adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    bool adj_80 = {};
    wp::int32 adj_81 = {};
    bool adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    bool adj_85 = {};
    wp::float32 adj_86 = {};
    bool adj_87 = {};
    bool adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    bool adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    bool adj_95 = {};
    wp::float32 adj_96 = {};
    bool adj_97 = {};
    wp::float32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    bool adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    bool adj_106 = {};
    wp::int32 adj_107 = {};
    bool adj_108 = {};
    wp::float32 adj_109 = {};
    wp::float32 adj_110 = {};
    bool adj_111 = {};
    wp::int32 adj_112 = {};
    bool adj_113 = {};
    wp::float32 adj_114 = {};
    wp::float32 adj_115 = {};
    bool adj_116 = {};
    wp::int32 adj_117 = {};
    bool adj_118 = {};
    wp::float32 adj_119 = {};
    wp::float32 adj_120 = {};
    bool adj_121 = {};
    wp::int32 adj_122 = {};
    wp::int32 adj_123 = {};
    bool adj_124 = {};
    bool adj_125 = {};
    bool adj_126 = {};
    bool adj_127 = {};
    wp::float32 adj_128 = {};
    wp::float32 adj_129 = {};
    wp::float32 adj_130 = {};
    wp::int32 adj_131 = {};
    bool adj_132 = {};
    bool adj_133 = {};
    bool adj_134 = {};
    bool adj_135 = {};
    wp::float32 adj_136 = {};
    wp::float32 adj_137 = {};
    wp::float32 adj_138 = {};
    wp::int32 adj_139 = {};
    wp::int32 adj_140 = {};
    bool adj_141 = {};
    bool adj_142 = {};
    bool adj_143 = {};
    bool adj_144 = {};
    wp::float32 adj_145 = {};
    wp::float32 adj_146 = {};
    wp::float32 adj_147 = {};
    wp::int32 adj_148 = {};
    bool adj_149 = {};
    bool adj_150 = {};
    bool adj_151 = {};
    bool adj_152 = {};
    wp::float32 adj_153 = {};
    wp::float32 adj_154 = {};
    wp::float32 adj_155 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                           <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // s = float(0.0)                                                                         <L 7>
    var_2 = wp::float(var_1);
    // for j in range(4):                                                                     <L 8>
    // if a[i] > float(j):                                                                    <L 9>
    var_5 = wp::address(var_a, var_0);
    var_6 = wp::float(var_3);
    var_8 = wp::load(var_5);
    var_7 = (var_8 > var_6);
    if (var_7) {
        // continue                                                                           <L 10>
    }
    var_10 = wp::where(var_7, var_9, var_4);
    // s = s + float(j)                                                                       <L 11>
    if (var_10) {
        var_11 = wp::float(var_3);
        var_12 = wp::add(var_2, var_11);
        // if s > 2.0:                                                                        <L 12>
        var_14 = (var_12 > var_13);
        if (var_14) {
            // s = s * 0.5                                                                    <L 13>
            var_16 = wp::mul(var_12, var_15);
            // continue                                                                       <L 14>
        }
        if (!var_14) {
            // elif s < -1.0:                                                                 <L 15>
            var_19 = (var_12 < var_18);
            if (var_19) {
                // s = -s                                                                     <L 16>
                var_20 = wp::neg(var_12);
            }
            var_21 = wp::where(var_19, var_20, var_12);
        }
        var_22 = wp::where(var_14, var_16, var_21);
        var_23 = wp::where(var_14, var_17, var_10);
        // s = s + 1.0                                                                        <L 17>
        if (var_23) {
            var_25 = wp::add(var_22, var_24);
        }
        var_26 = wp::where(var_23, var_25, var_22);
    }
    var_27 = wp::where(var_10, var_26, var_2);
    var_28 = wp::where(var_10, var_23, var_10);
    // if a[i] > float(j):                                                                    <L 9>
    var_31 = wp::address(var_a, var_0);
    var_32 = wp::float(var_29);
    var_34 = wp::load(var_31);
    var_33 = (var_34 > var_32);
    if (var_33) {
        // continue                                                                           <L 10>
    }
    var_36 = wp::where(var_33, var_35, var_30);
    // s = s + float(j)                                                                       <L 11>
    if (var_36) {
        var_37 = wp::float(var_29);
        var_38 = wp::add(var_27, var_37);
        // if s > 2.0:                                                                        <L 12>
        var_40 = (var_38 > var_39);
        if (var_40) {
            // s = s * 0.5                                                                    <L 13>
            var_42 = wp::mul(var_38, var_41);
            // continue                                                                       <L 14>
        }
        if (!var_40) {
            // elif s < -1.0:                                                                 <L 15>
            var_45 = (var_38 < var_44);
            if (var_45) {
                // s = -s                                                                     <L 16>
                var_46 = wp::neg(var_38);
            }
            var_47 = wp::where(var_45, var_46, var_38);
        }
        var_48 = wp::where(var_40, var_42, var_47);
        var_49 = wp::where(var_40, var_43, var_36);
        // s = s + 1.0                                                                        <L 17>
        if (var_49) {
            var_51 = wp::add(var_48, var_50);
        }
        var_52 = wp::where(var_49, var_51, var_48);
    }
    var_53 = wp::where(var_36, var_52, var_27);
    var_54 = wp::where(var_36, var_49, var_36);
    // if a[i] > float(j):                                                                    <L 9>
    var_57 = wp::address(var_a, var_0);
    var_58 = wp::float(var_55);
    var_60 = wp::load(var_57);
    var_59 = (var_60 > var_58);
    if (var_59) {
        // continue                                                                           <L 10>
    }
    var_62 = wp::where(var_59, var_61, var_56);
    // s = s + float(j)                                                                       <L 11>
    if (var_62) {
        var_63 = wp::float(var_55);
        var_64 = wp::add(var_53, var_63);
        // if s > 2.0:                                                                        <L 12>
        var_66 = (var_64 > var_65);
        if (var_66) {
            // s = s * 0.5                                                                    <L 13>
            var_68 = wp::mul(var_64, var_67);
            // continue                                                                       <L 14>
        }
        if (!var_66) {
            // elif s < -1.0:                                                                 <L 15>
            var_71 = (var_64 < var_70);
            if (var_71) {
                // s = -s                                                                     <L 16>
                var_72 = wp::neg(var_64);
            }
            var_73 = wp::where(var_71, var_72, var_64);
        }
        var_74 = wp::where(var_66, var_68, var_73);
        var_75 = wp::where(var_66, var_69, var_62);
        // s = s + 1.0                                                                        <L 17>
        if (var_75) {
            var_77 = wp::add(var_74, var_76);
        }
        var_78 = wp::where(var_75, var_77, var_74);
    }
    var_79 = wp::where(var_62, var_78, var_53);
    var_80 = wp::where(var_62, var_75, var_62);
    // if a[i] > float(j):                                                                    <L 9>
    var_83 = wp::address(var_a, var_0);
    var_84 = wp::float(var_81);
    var_86 = wp::load(var_83);
    var_85 = (var_86 > var_84);
    if (var_85) {
        // continue                                                                           <L 10>
    }
    var_88 = wp::where(var_85, var_87, var_82);
    // s = s + float(j)                                                                       <L 11>
    if (var_88) {
        var_89 = wp::float(var_81);
        var_90 = wp::add(var_79, var_89);
        // if s > 2.0:                                                                        <L 12>
        var_92 = (var_90 > var_91);
        if (var_92) {
            // s = s * 0.5                                                                    <L 13>
            var_94 = wp::mul(var_90, var_93);
            // continue                                                                       <L 14>
        }
        if (!var_92) {
            // elif s < -1.0:                                                                 <L 15>
            var_97 = (var_90 < var_96);
            if (var_97) {
                // s = -s                                                                     <L 16>
                var_98 = wp::neg(var_90);
            }
            var_99 = wp::where(var_97, var_98, var_90);
        }
        var_100 = wp::where(var_92, var_94, var_99);
        var_101 = wp::where(var_92, var_95, var_88);
        // s = s + 1.0                                                                        <L 17>
        if (var_101) {
            var_103 = wp::add(var_100, var_102);
        }
        var_104 = wp::where(var_101, var_103, var_100);
    }
    var_105 = wp::where(var_88, var_104, var_79);
    var_106 = wp::where(var_88, var_101, var_88);
    // for j in range(3):                                                                     <L 18>
    // s = s + 1.0                                                                            <L 19>
    var_110 = wp::add(var_105, var_109);
    // continue                                                                               <L 20>
    // s = s + 1.0                                                                            <L 19>
    var_115 = wp::add(var_110, var_114);
    // continue                                                                               <L 20>
    // s = s + 1.0                                                                            <L 19>
    var_120 = wp::add(var_115, var_119);
    // continue                                                                               <L 20>
    // for j in range(2):                                                                     <L 21>
    // for m in range(2):                                                                     <L 22>
    // if m == j:                                                                             <L 23>
    var_125 = (var_123 == var_122);
    if (var_125) {
        // continue                                                                           <L 24>
    }
    var_127 = wp::where(var_125, var_126, var_124);
    // s = s + float(m)                                                                       <L 25>
    if (var_127) {
        var_128 = wp::float(var_123);
        var_129 = wp::add(var_120, var_128);
    }
    var_130 = wp::where(var_127, var_129, var_120);
    // if m == j:                                                                             <L 23>
    var_133 = (var_131 == var_122);
    if (var_133) {
        // continue                                                                           <L 24>
    }
    var_135 = wp::where(var_133, var_134, var_132);
    // s = s + float(m)                                                                       <L 25>
    if (var_135) {
        var_136 = wp::float(var_131);
        var_137 = wp::add(var_130, var_136);
    }
    var_138 = wp::where(var_135, var_137, var_130);
    // for m in range(2):                                                                     <L 22>
    // if m == j:                                                                             <L 23>
    var_142 = (var_140 == var_139);
    if (var_142) {
        // continue                                                                           <L 24>
    }
    var_144 = wp::where(var_142, var_143, var_141);
    // s = s + float(m)                                                                       <L 25>
    if (var_144) {
        var_145 = wp::float(var_140);
        var_146 = wp::add(var_138, var_145);
    }
    var_147 = wp::where(var_144, var_146, var_138);
    // if m == j:                                                                             <L 23>
    var_150 = (var_148 == var_139);
    if (var_150) {
        // continue                                                                           <L 24>
    }
    var_152 = wp::where(var_150, var_151, var_149);
    // s = s + float(m)                                                                       <L 25>
    if (var_152) {
        var_153 = wp::float(var_148);
        var_154 = wp::add(var_147, var_153);
    }
    var_155 = wp::where(var_152, var_154, var_147);
    // out[i] = s                                                                             <L 26>
    // wp::array_store(var_out, var_0, var_155);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_155, adj_out, adj_0, adj_155);
    // adj: out[i] = s                                                                        <L 26>
    wp::adj_where(var_152, var_154, var_147, adj_152, adj_154, adj_147, adj_155);
    if (var_152) {
        wp::adj_add(var_147, var_153, adj_147, adj_153, adj_154);
        wp::adj_float(var_148, adj_148, adj_153);
    }
    // adj: s = s + float(m)                                                                  <L 25>
    wp::adj_where(var_150, var_151, var_149, adj_150, adj_151, adj_149, adj_152);
    if (var_150) {
        // adj: continue                                                                      <L 24>
    }
    // adj: if m == j:                                                                        <L 23>
    wp::adj_where(var_144, var_146, var_138, adj_144, adj_146, adj_138, adj_147);
    if (var_144) {
        wp::adj_add(var_138, var_145, adj_138, adj_145, adj_146);
        wp::adj_float(var_140, adj_140, adj_145);
    }
    // adj: s = s + float(m)                                                                  <L 25>
    wp::adj_where(var_142, var_143, var_141, adj_142, adj_143, adj_141, adj_144);
    if (var_142) {
        // adj: continue                                                                      <L 24>
    }
    // adj: if m == j:                                                                        <L 23>
    // adj: for m in range(2):                                                                <L 22>
    wp::adj_where(var_135, var_137, var_130, adj_135, adj_137, adj_130, adj_138);
    if (var_135) {
        wp::adj_add(var_130, var_136, adj_130, adj_136, adj_137);
        wp::adj_float(var_131, adj_131, adj_136);
    }
    // adj: s = s + float(m)                                                                  <L 25>
    wp::adj_where(var_133, var_134, var_132, adj_133, adj_134, adj_132, adj_135);
    if (var_133) {
        // adj: continue                                                                      <L 24>
    }
    // adj: if m == j:                                                                        <L 23>
    wp::adj_where(var_127, var_129, var_120, adj_127, adj_129, adj_120, adj_130);
    if (var_127) {
        wp::adj_add(var_120, var_128, adj_120, adj_128, adj_129);
        wp::adj_float(var_123, adj_123, adj_128);
    }
    // adj: s = s + float(m)                                                                  <L 25>
    wp::adj_where(var_125, var_126, var_124, adj_125, adj_126, adj_124, adj_127);
    if (var_125) {
        // adj: continue                                                                      <L 24>
    }
    // adj: if m == j:                                                                        <L 23>
    // adj: for m in range(2):                                                                <L 22>
    // adj: for j in range(2):                                                                <L 21>
    // adj: continue                                                                          <L 20>
    wp::adj_add(var_115, var_119, adj_115, adj_119, adj_120);
    // adj: s = s + 1.0                                                                       <L 19>
    // adj: continue                                                                          <L 20>
    wp::adj_add(var_110, var_114, adj_110, adj_114, adj_115);
    // adj: s = s + 1.0                                                                       <L 19>
    // adj: continue                                                                          <L 20>
    wp::adj_add(var_105, var_109, adj_105, adj_109, adj_110);
    // adj: s = s + 1.0                                                                       <L 19>
    // adj: for j in range(3):                                                                <L 18>
    wp::adj_where(var_88, var_101, var_88, adj_88, adj_101, adj_88, adj_106);
    wp::adj_where(var_88, var_104, var_79, adj_88, adj_104, adj_79, adj_105);
    if (var_88) {
        wp::adj_where(var_101, var_103, var_100, adj_101, adj_103, adj_100, adj_104);
        if (var_101) {
            wp::adj_add(var_100, var_102, adj_100, adj_102, adj_103);
        }
        // adj: s = s + 1.0                                                                   <L 17>
        wp::adj_where(var_92, var_95, var_88, adj_92, adj_95, adj_88, adj_101);
        wp::adj_where(var_92, var_94, var_99, adj_92, adj_94, adj_99, adj_100);
        if (!var_92) {
            wp::adj_where(var_97, var_98, var_90, adj_97, adj_98, adj_90, adj_99);
            if (var_97) {
                wp::adj_neg(var_90, adj_90, adj_98);
                // adj: s = -s                                                                <L 16>
            }
            // adj: elif s < -1.0:                                                            <L 15>
        }
        if (var_92) {
            // adj: continue                                                                  <L 14>
            wp::adj_mul(var_90, var_93, adj_90, adj_93, adj_94);
            // adj: s = s * 0.5                                                               <L 13>
        }
        // adj: if s > 2.0:                                                                   <L 12>
        wp::adj_add(var_79, var_89, adj_79, adj_89, adj_90);
        wp::adj_float(var_81, adj_81, adj_89);
    }
    // adj: s = s + float(j)                                                                  <L 11>
    wp::adj_where(var_85, var_87, var_82, adj_85, adj_87, adj_82, adj_88);
    if (var_85) {
        // adj: continue                                                                      <L 10>
    }
    wp::adj_float(var_81, adj_81, adj_84);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_83);
    // adj: if a[i] > float(j):                                                               <L 9>
    wp::adj_where(var_62, var_75, var_62, adj_62, adj_75, adj_62, adj_80);
    wp::adj_where(var_62, var_78, var_53, adj_62, adj_78, adj_53, adj_79);
    if (var_62) {
        wp::adj_where(var_75, var_77, var_74, adj_75, adj_77, adj_74, adj_78);
        if (var_75) {
            wp::adj_add(var_74, var_76, adj_74, adj_76, adj_77);
        }
        // adj: s = s + 1.0                                                                   <L 17>
        wp::adj_where(var_66, var_69, var_62, adj_66, adj_69, adj_62, adj_75);
        wp::adj_where(var_66, var_68, var_73, adj_66, adj_68, adj_73, adj_74);
        if (!var_66) {
            wp::adj_where(var_71, var_72, var_64, adj_71, adj_72, adj_64, adj_73);
            if (var_71) {
                wp::adj_neg(var_64, adj_64, adj_72);
                // adj: s = -s                                                                <L 16>
            }
            // adj: elif s < -1.0:                                                            <L 15>
        }
        if (var_66) {
            // adj: continue                                                                  <L 14>
            wp::adj_mul(var_64, var_67, adj_64, adj_67, adj_68);
            // adj: s = s * 0.5                                                               <L 13>
        }
        // adj: if s > 2.0:                                                                   <L 12>
        wp::adj_add(var_53, var_63, adj_53, adj_63, adj_64);
        wp::adj_float(var_55, adj_55, adj_63);
    }
    // adj: s = s + float(j)                                                                  <L 11>
    wp::adj_where(var_59, var_61, var_56, adj_59, adj_61, adj_56, adj_62);
    if (var_59) {
        // adj: continue                                                                      <L 10>
    }
    wp::adj_float(var_55, adj_55, adj_58);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_57);
    // adj: if a[i] > float(j):                                                               <L 9>
    wp::adj_where(var_36, var_49, var_36, adj_36, adj_49, adj_36, adj_54);
    wp::adj_where(var_36, var_52, var_27, adj_36, adj_52, adj_27, adj_53);
    if (var_36) {
        wp::adj_where(var_49, var_51, var_48, adj_49, adj_51, adj_48, adj_52);
        if (var_49) {
            wp::adj_add(var_48, var_50, adj_48, adj_50, adj_51);
        }
        // adj: s = s + 1.0                                                                   <L 17>
        wp::adj_where(var_40, var_43, var_36, adj_40, adj_43, adj_36, adj_49);
        wp::adj_where(var_40, var_42, var_47, adj_40, adj_42, adj_47, adj_48);
        if (!var_40) {
            wp::adj_where(var_45, var_46, var_38, adj_45, adj_46, adj_38, adj_47);
            if (var_45) {
                wp::adj_neg(var_38, adj_38, adj_46);
                // adj: s = -s                                                                <L 16>
            }
            // adj: elif s < -1.0:                                                            <L 15>
        }
        if (var_40) {
            // adj: continue                                                                  <L 14>
            wp::adj_mul(var_38, var_41, adj_38, adj_41, adj_42);
            // adj: s = s * 0.5                                                               <L 13>
        }
        // adj: if s > 2.0:                                                                   <L 12>
        wp::adj_add(var_27, var_37, adj_27, adj_37, adj_38);
        wp::adj_float(var_29, adj_29, adj_37);
    }
    // adj: s = s + float(j)                                                                  <L 11>
    wp::adj_where(var_33, var_35, var_30, adj_33, adj_35, adj_30, adj_36);
    if (var_33) {
        // adj: continue                                                                      <L 10>
    }
    wp::adj_float(var_29, adj_29, adj_32);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_31);
    // adj: if a[i] > float(j):                                                               <L 9>
    wp::adj_where(var_10, var_23, var_10, adj_10, adj_23, adj_10, adj_28);
    wp::adj_where(var_10, var_26, var_2, adj_10, adj_26, adj_2, adj_27);
    if (var_10) {
        wp::adj_where(var_23, var_25, var_22, adj_23, adj_25, adj_22, adj_26);
        if (var_23) {
            wp::adj_add(var_22, var_24, adj_22, adj_24, adj_25);
        }
        // adj: s = s + 1.0                                                                   <L 17>
        wp::adj_where(var_14, var_17, var_10, adj_14, adj_17, adj_10, adj_23);
        wp::adj_where(var_14, var_16, var_21, adj_14, adj_16, adj_21, adj_22);
        if (!var_14) {
            wp::adj_where(var_19, var_20, var_12, adj_19, adj_20, adj_12, adj_21);
            if (var_19) {
                wp::adj_neg(var_12, adj_12, adj_20);
                // adj: s = -s                                                                <L 16>
            }
            // adj: elif s < -1.0:                                                            <L 15>
        }
        if (var_14) {
            // adj: continue                                                                  <L 14>
            wp::adj_mul(var_12, var_15, adj_12, adj_15, adj_16);
            // adj: s = s * 0.5                                                               <L 13>
        }
        // adj: if s > 2.0:                                                                   <L 12>
        wp::adj_add(var_2, var_11, adj_2, adj_11, adj_12);
        wp::adj_float(var_3, adj_3, adj_11);
    }
    // adj: s = s + float(j)                                                                  <L 11>
    wp::adj_where(var_7, var_9, var_4, adj_7, adj_9, adj_4, adj_10);
    if (var_7) {
        // adj: continue                                                                      <L 10>
    }
    wp::adj_float(var_3, adj_3, adj_6);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
    // adj: if a[i] > float(j):                                                               <L 9>
    // adj: for j in range(4):                                                                <L 8>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: s = float(0.0)                                                                    <L 7>
    // adj: i = wp.tid()                                                                      <L 6>
    // adj: def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                      <L 5>
    return;
}



struct k_9d79dbbb_cpu_block_payload_forward
{
    wp_args_k_9d79dbbb* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_9d79dbbb_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_9d79dbbb_cpu_block_payload_forward* payload = (k_9d79dbbb_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_9d79dbbb_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_9d79dbbb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_9d79dbbb *_wp_args)
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
        k_9d79dbbb_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_9d79dbbb_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_9d79dbbb_cpu_block_payload_backward
{
    wp_args_k_9d79dbbb* args;
    wp_args_k_9d79dbbb* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_9d79dbbb_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_9d79dbbb_cpu_block_payload_backward* payload = (k_9d79dbbb_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_9d79dbbb_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_9d79dbbb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_9d79dbbb *_wp_args,
    wp_args_k_9d79dbbb *_wp_adj_args)
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
        k_9d79dbbb_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_9d79dbbb_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

