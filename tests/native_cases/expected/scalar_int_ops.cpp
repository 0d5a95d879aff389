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

struct wp_args_int_ops_d7e5beb5 {
    wp::array_t<wp::int32> a;
    wp::array_t<wp::int32> b;
    wp::int32 n;
};


template <bool wp_linear_contiguous>
static void int_ops_d7e5beb5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_int_ops_d7e5beb5 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    wp::int32 var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 3;
    wp::int32 var_5;
    const wp::int32 var_6 = 5;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 7;
    wp::int32 var_13;
    const wp::int32 var_14 = 2;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    const wp::int32 var_19 = 2;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 3;
    bool var_25;
    bool var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::int32 var_35;
    //---------
    // forward
    // def int_ops(a: wp.array(dtype=int), b: wp.array(dtype=wp.int32), n: int):              <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 7>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = x // 3 + x % 5 - n * 2                                                             <L 8>
    var_5 = wp::floordiv(var_2, var_4);
    var_7 = wp::mod(var_2, var_6);
    var_8 = wp::add(var_5, var_7);
    var_10 = wp::mul(var_n, var_9);
    var_11 = wp::sub(var_8, var_10);
    // z = (y & 7) | (x ^ 2)                                                                  <L 9>
    var_13 = wp::bit_and(var_11, var_12);
    var_15 = wp::bit_xor(var_2, var_14);
    var_16 = wp::bit_or(var_13, var_15);
    // z = z << 1                                                                             <L 10>
    var_18 = wp::lshift(var_16, var_17);
    // z = z >> 2                                                                             <L 11>
    var_20 = wp::rshift(var_18, var_19);
    // w = ~z                                                                                 <L 12>
    var_21 = wp::invert(var_20);
    // q = -x                                                                                 <L 13>
    var_22 = wp::neg(var_2);
    // r = +y                                                                                 <L 14>
    var_23 = wp::pos(var_11);
    // if not (x > 3):                                                                        <L 15>
    var_25 = (var_2 > var_24);
    var_26 = wp::unot(var_25);
    if (var_26) {
        // q = abs(q)                                                                         <L 16>
        var_27 = wp::abs(var_22);
    }
    var_28 = wp::where(var_26, var_27, var_22);
    // b[i] = w + q + r + min(x, y) + max(z, 1)                                               <L 17>
    var_29 = wp::add(var_21, var_28);
    var_30 = wp::add(var_29, var_23);
    var_31 = wp::min(var_2, var_11);
    var_32 = wp::add(var_30, var_31);
    var_34 = wp::max(var_20, var_33);
    var_35 = wp::add(var_32, var_34);
    wp::array_store(var_b, var_0, var_35);
}



template <bool wp_linear_contiguous>
static void int_ops_d7e5beb5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_int_ops_d7e5beb5 *_wp_args,
    wp_args_int_ops_d7e5beb5 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::int32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_b = _wp_adj_args->b;
    wp::int32 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 3;
    wp::int32 var_5;
    const wp::int32 var_6 = 5;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 7;
    wp::int32 var_13;
    const wp::int32 var_14 = 2;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    const wp::int32 var_19 = 2;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 3;
    bool var_25;
    bool var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::int32 var_35;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    bool adj_25 = {};
    bool adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    //---------
    // forward
    // def int_ops(a: wp.array(dtype=int), b: wp.array(dtype=wp.int32), n: int):              <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 7>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = x // 3 + x % 5 - n * 2                                                             <L 8>
    var_5 = wp::floordiv(var_2, var_4);
    var_7 = wp::mod(var_2, var_6);
    var_8 = wp::add(var_5, var_7);
    var_10 = wp::mul(var_n, var_9);
    var_11 = wp::sub(var_8, var_10);
    // z = (y & 7) | (x ^ 2)                                                                  <L 9>
    var_13 = wp::bit_and(var_11, var_12);
    var_15 = wp::bit_xor(var_2, var_14);
    var_16 = wp::bit_or(var_13, var_15);
    // z = z << 1                                                                             <L 10>
    var_18 = wp::lshift(var_16, var_17);
    // z = z >> 2                                                                             <L 11>
    var_20 = wp::rshift(var_18, var_19);
    // w = ~z                                                                                 <L 12>
    var_21 = wp::invert(var_20);
    // q = -x                                                                                 <L 13>
    var_22 = wp::neg(var_2);
    // r = +y                                                                                 <L 14>
    var_23 = wp::pos(var_11);
    // if not (x > 3):                                                                        <L 15>
    var_25 = (var_2 > var_24);
    var_26 = wp::unot(var_25);
    if (var_26) {
        // q = abs(q)                                                                         <L 16>
        var_27 = wp::abs(var_22);
    }
    var_28 = wp::where(var_26, var_27, var_22);
    // b[i] = w + q + r + min(x, y) + max(z, 1)                                               <L 17>
    var_29 = wp::add(var_21, var_28);
    var_30 = wp::add(var_29, var_23);
    var_31 = wp::min(var_2, var_11);
    var_32 = wp::add(var_30, var_31);
    var_34 = wp::max(var_20, var_33);
    var_35 = wp::add(var_32, var_34);
    // wp::array_store(var_b, var_0, var_35);
    //---------
    // reverse
    wp::adj_array_store(var_b, var_0, var_35, adj_b, adj_0, adj_35);
    wp::adj_add(var_32, var_34, adj_32, adj_34, adj_35);
    wp::adj_max(var_20, var_33, adj_20, adj_33, adj_34);
    wp::adj_add(var_30, var_31, adj_30, adj_31, adj_32);
    wp::adj_min(var_2, var_11, adj_2, adj_11, adj_31);
    wp::adj_add(var_29, var_23, adj_29, adj_23, adj_30);
    wp::adj_add(var_21, var_28, adj_21, adj_28, adj_29);
    // adj: b[i] = w + q + r + min(x, y) + max(z, 1)                                          <L 17>
    wp::adj_where(var_26, var_27, var_22, adj_26, adj_27, adj_22, adj_28);
    if (var_26) {
        wp::adj_abs(var_22, adj_22, adj_27);
        // adj: q = abs(q)                                                                    <L 16>
    }
    // adj: if not (x > 3):                                                                   <L 15>
    wp::adj_pos(var_11, adj_11, adj_23);
    // adj: r = +y                                                                            <L 14>
    wp::adj_neg(var_2, adj_2, adj_22);
    // adj: q = -x                                                                            <L 13>
    // adj: w = ~z                                                                            <L 12>
    // adj: z = z >> 2                                                                        <L 11>
    // adj: z = z << 1                                                                        <L 10>
    // adj: z = (y & 7) | (x ^ 2)                                                             <L 9>
    wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_mul(var_n, var_9, adj_n, adj_9, adj_10);
    wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
    wp::adj_mod(var_2, var_6, adj_2, adj_6, adj_7);
    // adj: y = x // 3 + x % 5 - n * 2                                                        <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 7>
    // adj: i = wp.tid()                                                                      <L 6>
    // adj: def int_ops(a: wp.array(dtype=int), b: wp.array(dtype=wp.int32), n: int):         <L 5>
    return;
}



struct int_ops_d7e5beb5_cpu_block_payload_forward
{
    wp_args_int_ops_d7e5beb5* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void int_ops_d7e5beb5_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    int_ops_d7e5beb5_cpu_block_payload_forward* payload = (int_ops_d7e5beb5_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    int_ops_d7e5beb5_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void int_ops_d7e5beb5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_int_ops_d7e5beb5 *_wp_args)
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
        int_ops_d7e5beb5_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &int_ops_d7e5beb5_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct int_ops_d7e5beb5_cpu_block_payload_backward
{
    wp_args_int_ops_d7e5beb5* args;
    wp_args_int_ops_d7e5beb5* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void int_ops_d7e5beb5_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    int_ops_d7e5beb5_cpu_block_payload_backward* payload = (int_ops_d7e5beb5_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    int_ops_d7e5beb5_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void int_ops_d7e5beb5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_int_ops_d7e5beb5 *_wp_args,
    wp_args_int_ops_d7e5beb5 *_wp_adj_args)
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
        int_ops_d7e5beb5_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &int_ops_d7e5beb5_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

