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


// warpsynth/warp_scalar_constant_calls.py:10
static wp::int32 twice_0(
    wp::int32 var_x)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    wp::int32 var_1;
    //---------
    // forward
    // def twice(x: int):                                                                     <L 11>
    // return x * 2                                                                           <L 12>
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// warpsynth/warp_scalar_constant_calls.py:15
static wp::int64 twice64_0(
    wp::int64 var_x)
{
    //---------
    // primal vars
    wp::int64 var_0;
    wp::int64 var_1;
    //---------
    // forward
    // def twice64(x: wp.int64):                                                              <L 16>
    // return x * wp.int64(2)                                                                 <L 17>
    var_0 = 2ll;
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// warpsynth/warp_scalar_constant_calls.py:10
static void adj_twice_0(
    wp::int32 var_x,
    wp::int32 & adj_x,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    wp::int32 var_1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    //---------
    // forward
    // def twice(x: int):                                                                     <L 11>
    // return x * 2                                                                           <L 12>
    var_1 = wp::mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * 2                                                                      <L 12>
    // adj: def twice(x: int):                                                                <L 11>
    return;
}


// warpsynth/warp_scalar_constant_calls.py:15
static void adj_twice64_0(
    wp::int64 var_x,
    wp::int64 & adj_x,
    wp::int64 & adj_ret)
{
    //---------
    // primal vars
    wp::int64 var_0;
    wp::int64 var_1;
    //---------
    // dual vars
    wp::int64 adj_0 = {};
    wp::int64 adj_1 = {};
    //---------
    // forward
    // def twice64(x: wp.int64):                                                              <L 16>
    // return x * wp.int64(2)                                                                 <L 17>
    var_0 = 2ll;
    var_1 = wp::mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * wp.int64(2)                                                            <L 17>
    // adj: def twice64(x: wp.int64):                                                         <L 16>
    return;
}

struct wp_args_k_ce919e7e {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::int64> b;
    wp::array_t<wp::uint32> c;
};


template <bool wp_linear_contiguous>
static void k_ce919e7e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_ce919e7e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int64> var_b = _wp_args->b;
    wp::array_t<wp::uint32> var_c = _wp_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 3;
    wp::int32 var_2;
    wp::float32 var_3;
    const wp::int64 var_4 = 2ll;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float64 var_7 = 0.25;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1;
    wp::float32 var_11;
    wp::int64 var_12;
    wp::int64 var_13;
    const wp::uint32 var_14 = 7u;
    wp::uint32 var_15;
    wp::uint32 var_16;
    const wp::int32 var_17 = 3;
    bool var_18;
    wp::float32* var_19;
    const wp::float32 var_20 = 2.0;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::int64 var_23;
    bool var_24;
    wp::float32* var_25;
    const wp::float32 var_26 = 1.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::int64* var_32;
    wp::int64 var_33;
    wp::int64 var_34;
    const wp::int32 var_35 = 1;
    wp::uint32 var_36;
    wp::uint32 var_37;
    wp::float64 var_38;
    wp::float64 var_39;
    wp::float64 var_40;
    const wp::int32 var_41 = 3;
    const wp::float32 var_42 = 0.0;
    const wp::int32 var_43 = 4;
    const wp::float32 var_44 = 0.0;
    wp::float32* var_45;
    bool var_46;
    wp::float32 var_47;
    wp::float32* var_48;
    const wp::float32 var_49 = 1.0;
    wp::float32 var_50;
    wp::float32 var_51;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.uint32)):       <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // a[i] = float(twice(N)) + float(M) + float(F) + H                                       <L 23>
    var_2 = twice_0(var_1);
    var_3 = wp::float(var_2);
    var_5 = wp::float(var_4);
    var_6 = wp::add(var_3, var_5);
    var_8 = wp::float(var_7);
    var_9 = wp::add(var_6, var_8);
    var_11 = wp::add(var_9, var_10);
    wp::array_store(var_a, var_0, var_11);
    // b[i] = twice64(M) + M                                                                  <L 24>
    var_12 = twice64_0(var_4);
    var_13 = wp::add(var_12, var_4);
    wp::array_store(var_b, var_0, var_13);
    // c[i] = U + wp.uint32(i)                                                                <L 25>
    var_15 = wp::uint32(var_0);
    var_16 = wp::add(var_14, var_15);
    wp::array_store(var_c, var_0, var_16);
    // if N == 3:                                                                             <L 26>
    var_18 = (var_1 == var_17);
    if (var_18) {
        // a[i] = a[i] * 2.0                                                                  <L 27>
        var_19 = wp::address(var_a, var_0);
        var_22 = wp::load(var_19);
        var_21 = wp::mul(var_22, var_20);
        wp::array_store(var_a, var_0, var_21);
    }
    // if M > wp.int64(1):                                                                    <L 28>
    var_23 = 1ll;
    var_24 = (var_4 > var_23);
    if (var_24) {
        // a[i] = a[i] + 1.0                                                                  <L 29>
        var_25 = wp::address(var_a, var_0);
        var_28 = wp::load(var_25);
        var_27 = wp::add(var_28, var_26);
        wp::array_store(var_a, var_0, var_27);
    }
    // d = a[M]                                                                               <L 30>
    var_29 = wp::address(var_a, var_4);
    var_31 = wp::load(var_29);
    var_30 = wp::copy(var_31);
    // e = b[N] * M                                                                           <L 31>
    var_32 = wp::address(var_b, var_1);
    var_34 = wp::load(var_32);
    var_33 = wp::mul(var_34, var_4);
    // f = U >> wp.uint32(1)                                                                  <L 32>
    var_36 = wp::uint32(var_35);
    var_37 = wp::rshift(var_14, var_36);
    // g = wp.max(F, wp.float64(0.5))                                                         <L 33>
    var_38 = 0.5;
    var_39 = wp::max(var_7, var_38);
    // h = -F                                                                                 <L 34>
    var_40 = wp::neg(var_7);
    // for j in range(N, 5):                                                                  <L 35>
    // a[j] = 0.0                                                                             <L 36>
    wp::array_store(var_a, var_41, var_42);
    wp::array_store(var_a, var_43, var_44);
    // while a[i] < H:                                                                        <L 37>
    start_while_0:;
    var_45 = wp::address(var_a, var_0);
    var_47 = wp::load(var_45);
    var_46 = (var_47 < var_10);
    if ((var_46) == false) goto end_while_0;
        // a[i] = a[i] + 1.0                                                                  <L 38>
        var_48 = wp::address(var_a, var_0);
        var_51 = wp::load(var_48);
        var_50 = wp::add(var_51, var_49);
        wp::array_store(var_a, var_0, var_50);
    goto start_while_0;
    end_while_0:;
}



template <bool wp_linear_contiguous>
static void k_ce919e7e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_ce919e7e *_wp_args,
    wp_args_k_ce919e7e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int64> var_b = _wp_args->b;
    wp::array_t<wp::uint32> var_c = _wp_args->c;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int64> adj_b = _wp_adj_args->b;
    wp::array_t<wp::uint32> adj_c = _wp_adj_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 3;
    wp::int32 var_2;
    wp::float32 var_3;
    const wp::int64 var_4 = 2ll;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float64 var_7 = 0.25;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1;
    wp::float32 var_11;
    wp::int64 var_12;
    wp::int64 var_13;
    const wp::uint32 var_14 = 7u;
    wp::uint32 var_15;
    wp::uint32 var_16;
    const wp::int32 var_17 = 3;
    bool var_18;
    wp::float32* var_19;
    const wp::float32 var_20 = 2.0;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::int64 var_23;
    bool var_24;
    wp::float32* var_25;
    const wp::float32 var_26 = 1.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::int64* var_32;
    wp::int64 var_33;
    wp::int64 var_34;
    const wp::int32 var_35 = 1;
    wp::uint32 var_36;
    wp::uint32 var_37;
    wp::float64 var_38;
    wp::float64 var_39;
    wp::float64 var_40;
    const wp::int32 var_41 = 3;
    const wp::float32 var_42 = 0.0;
    const wp::int32 var_43 = 4;
    const wp::float32 var_44 = 0.0;
    wp::float32* var_45;
    bool var_46;
    wp::float32 var_47;
    wp::float32* var_48;
    const wp::float32 var_49 = 1.0;
    wp::float32 var_50;
    wp::float32 var_51;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int64 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int64 adj_12 = {};
    wp::int64 adj_13 = {};
    wp::uint32 adj_14 = {};
    wp::uint32 adj_15 = {};
    wp::uint32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int64 adj_23 = {};
    bool adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int64 adj_32 = {};
    wp::int64 adj_33 = {};
    wp::int64 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::uint32 adj_36 = {};
    wp::uint32 adj_37 = {};
    wp::float64 adj_38 = {};
    wp::float64 adj_39 = {};
    wp::float64 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    bool adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.uint32)):       <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // a[i] = float(twice(N)) + float(M) + float(F) + H                                       <L 23>
    var_2 = twice_0(var_1);
    var_3 = wp::float(var_2);
    var_5 = wp::float(var_4);
    var_6 = wp::add(var_3, var_5);
    var_8 = wp::float(var_7);
    var_9 = wp::add(var_6, var_8);
    var_11 = wp::add(var_9, var_10);
    // wp::array_store(var_a, var_0, var_11);
    // b[i] = twice64(M) + M                                                                  <L 24>
    var_12 = twice64_0(var_4);
    var_13 = wp::add(var_12, var_4);
    // wp::array_store(var_b, var_0, var_13);
    // c[i] = U + wp.uint32(i)                                                                <L 25>
    var_15 = wp::uint32(var_0);
    var_16 = wp::add(var_14, var_15);
    // wp::array_store(var_c, var_0, var_16);
    // if N == 3:                                                                             <L 26>
    var_18 = (var_1 == var_17);
    if (var_18) {
        // a[i] = a[i] * 2.0                                                                  <L 27>
        var_19 = wp::address(var_a, var_0);
        var_22 = wp::load(var_19);
        var_21 = wp::mul(var_22, var_20);
        // wp::array_store(var_a, var_0, var_21);
    }
    // if M > wp.int64(1):                                                                    <L 28>
    var_23 = 1ll;
    var_24 = (var_4 > var_23);
    if (var_24) {
        // a[i] = a[i] + 1.0                                                                  <L 29>
        var_25 = wp::address(var_a, var_0);
        var_28 = wp::load(var_25);
        var_27 = wp::add(var_28, var_26);
        // wp::array_store(var_a, var_0, var_27);
    }
    // d = a[M]                                                                               <L 30>
    var_29 = wp::address(var_a, var_4);
    var_31 = wp::load(var_29);
    var_30 = wp::copy(var_31);
    // e = b[N] * M                                                                           <L 31>
    var_32 = wp::address(var_b, var_1);
    var_34 = wp::load(var_32);
    var_33 = wp::mul(var_34, var_4);
    // f = U >> wp.uint32(1)                                                                  <L 32>
    var_36 = wp::uint32(var_35);
    var_37 = wp::rshift(var_14, var_36);
    // g = wp.max(F, wp.float64(0.5))                                                         <L 33>
    var_38 = 0.5;
    var_39 = wp::max(var_7, var_38);
    // h = -F                                                                                 <L 34>
    var_40 = wp::neg(var_7);
    // for j in range(N, 5):                                                                  <L 35>
    // a[j] = 0.0                                                                             <L 36>
    // wp::array_store(var_a, var_41, var_42);
    // wp::array_store(var_a, var_43, var_44);
    // while a[i] < H:                                                                        <L 37>
    //---------
    // reverse
    start_while_0:;
    var_45 = wp::address(var_a, var_0);
    var_47 = wp::load(var_45);
    var_46 = (var_47 < var_10);
    if ((var_46) == false) goto end_while_0;
    adj_48 = {};
    adj_49 = {};
    adj_50 = {};
    adj_51 = {};
        // a[i] = a[i] + 1.0                                                                  <L 38>
        var_48 = wp::address(var_a, var_0);
        var_51 = wp::load(var_48);
        var_50 = wp::add(var_51, var_49);
        // wp::array_store(var_a, var_0, var_50);
        wp::adj_array_store(var_a, var_0, var_50, adj_a, adj_0, adj_50);
        wp::adj_add(var_51, var_49, adj_48, adj_49, adj_50);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_48);
        // adj: a[i] = a[i] + 1.0                                                             <L 38>
    goto start_while_0;
    end_while_0:;
    // adj: while a[i] < H:                                                                   <L 37>
    wp::adj_array_store(var_a, var_43, var_44, adj_a, adj_43, adj_44);
    wp::adj_array_store(var_a, var_41, var_42, adj_a, adj_41, adj_42);
    // adj: a[j] = 0.0                                                                        <L 36>
    // adj: for j in range(N, 5):                                                             <L 35>
    wp::adj_neg(var_7, adj_7, adj_40);
    // adj: h = -F                                                                            <L 34>
    wp::adj_max(var_7, var_38, adj_7, adj_38, adj_39);
    // adj: g = wp.max(F, wp.float64(0.5))                                                    <L 33>
    // adj: f = U >> wp.uint32(1)                                                             <L 32>
    wp::adj_mul(var_34, var_4, adj_32, adj_4, adj_33);
    wp::adj_address(var_b, var_1, adj_b, adj_1, adj_32);
    // adj: e = b[N] * M                                                                      <L 31>
    wp::adj_copy(var_31, adj_29, adj_30);
    wp::adj_address(var_a, var_4, adj_a, adj_4, adj_29);
    // adj: d = a[M]                                                                          <L 30>
    if (var_24) {
        wp::adj_array_store(var_a, var_0, var_27, adj_a, adj_0, adj_27);
        wp::adj_add(var_28, var_26, adj_25, adj_26, adj_27);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_25);
        // adj: a[i] = a[i] + 1.0                                                             <L 29>
    }
    // adj: if M > wp.int64(1):                                                               <L 28>
    if (var_18) {
        wp::adj_array_store(var_a, var_0, var_21, adj_a, adj_0, adj_21);
        wp::adj_mul(var_22, var_20, adj_19, adj_20, adj_21);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_19);
        // adj: a[i] = a[i] * 2.0                                                             <L 27>
    }
    // adj: if N == 3:                                                                        <L 26>
    wp::adj_array_store(var_c, var_0, var_16, adj_c, adj_0, adj_16);
    wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
    // adj: c[i] = U + wp.uint32(i)                                                           <L 25>
    wp::adj_array_store(var_b, var_0, var_13, adj_b, adj_0, adj_13);
    wp::adj_add(var_12, var_4, adj_12, adj_4, adj_13);
    adj_twice64_0(var_4, adj_4, adj_12);
    // adj: b[i] = twice64(M) + M                                                             <L 24>
    wp::adj_array_store(var_a, var_0, var_11, adj_a, adj_0, adj_11);
    wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_add(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_float(var_7, adj_7, adj_8);
    wp::adj_add(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_float(var_4, adj_4, adj_5);
    wp::adj_float(var_2, adj_2, adj_3);
    adj_twice_0(var_1, adj_1, adj_2);
    // adj: a[i] = float(twice(N)) + float(M) + float(F) + H                                  <L 23>
    // adj: i = wp.tid()                                                                      <L 22>
    // adj: def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.uint32)):  <L 21>
    return;
}



struct k_ce919e7e_cpu_block_payload_forward
{
    wp_args_k_ce919e7e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_ce919e7e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_ce919e7e_cpu_block_payload_forward* payload = (k_ce919e7e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_ce919e7e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_ce919e7e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_ce919e7e *_wp_args)
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
        k_ce919e7e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_ce919e7e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_ce919e7e_cpu_block_payload_backward
{
    wp_args_k_ce919e7e* args;
    wp_args_k_ce919e7e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_ce919e7e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_ce919e7e_cpu_block_payload_backward* payload = (k_ce919e7e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_ce919e7e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_ce919e7e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_ce919e7e *_wp_args,
    wp_args_k_ce919e7e *_wp_adj_args)
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
        k_ce919e7e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_ce919e7e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

