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


// warpsynth/assert_statements.py:4
static wp::float32 checked_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def checked(x: float):                                                                 <L 5>
    // assert x >= 0.0                                                                        <L 6>
    var_1 = (var_x >= var_0);
    assert(((void)"assert x >= 0.0",var_1));
    // return wp.sqrt(x)                                                                      <L 7>
    var_2 = wp::sqrt(var_x);
    return var_2;
}


// warpsynth/assert_statements.py:4
static void adj_checked_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def checked(x: float):                                                                 <L 5>
    // assert x >= 0.0                                                                        <L 6>
    var_1 = (var_x >= var_0);
    assert(((void)"assert x >= 0.0",var_1));
    // return wp.sqrt(x)                                                                      <L 7>
    var_2 = wp::sqrt(var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_sqrt(var_x, var_2, adj_x, adj_2);
    // adj: return wp.sqrt(x)                                                                 <L 7>
    // adj: assert x >= 0.0                                                                   <L 6>
    // adj: def checked(x: float):                                                            <L 5>
    return;
}

struct wp_args_asserts_e0d79073 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void asserts_e0d79073_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_asserts_e0d79073 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    bool var_6;
    bool var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::shape_t var_11;
    bool var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // forward
    // def asserts(a: wp.array(dtype=float), out: wp.array(dtype=float)):                     <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // assert i >= 0, "i \"neg\" here"                                                        <L 13>
    var_2 = (var_0 >= var_1);
    assert(((void)"assert i >= 0, \"i \\"neg\\" here\"",var_2));
    // x = a[i]                                                                               <L 14>
    var_3 = wp::address(var_a, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // assert (x == x) and i < a.shape[0], 'a \\ msg'                                         <L 15>
    var_7 = (var_4 == var_4);
    var_6 = var_7;
    if (var_6) {
        var_8 = &(var_a.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_12 = (var_0 < var_10);
        var_6 = var_6 && var_12;
    }
    assert(((void)"assert (x == x) and i < a.shape[0], 'a \\ msg'",var_6));
    // out[i] = checked(x * x)                                                                <L 16>
    var_13 = wp::mul(var_4, var_4);
    var_14 = checked_0(var_13);
    wp::array_store(var_out, var_0, var_14);
}



template <bool wp_linear_contiguous>
static void asserts_e0d79073_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_asserts_e0d79073 *_wp_args,
    wp_args_asserts_e0d79073 *_wp_adj_args)
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
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    bool var_6;
    bool var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::shape_t var_11;
    bool var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    bool adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def asserts(a: wp.array(dtype=float), out: wp.array(dtype=float)):                     <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // assert i >= 0, "i \"neg\" here"                                                        <L 13>
    var_2 = (var_0 >= var_1);
    assert(((void)"assert i >= 0, \"i \\"neg\\" here\"",var_2));
    // x = a[i]                                                                               <L 14>
    var_3 = wp::address(var_a, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // assert (x == x) and i < a.shape[0], 'a \\ msg'                                         <L 15>
    var_7 = (var_4 == var_4);
    var_6 = var_7;
    if (var_6) {
        var_8 = &(var_a.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_12 = (var_0 < var_10);
        var_6 = var_6 && var_12;
    }
    assert(((void)"assert (x == x) and i < a.shape[0], 'a \\ msg'",var_6));
    // out[i] = checked(x * x)                                                                <L 16>
    var_13 = wp::mul(var_4, var_4);
    var_14 = checked_0(var_13);
    // wp::array_store(var_out, var_0, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_14, adj_out, adj_0, adj_14);
    adj_checked_0(var_13, adj_13, adj_14);
    wp::adj_mul(var_4, var_4, adj_4, adj_4, adj_13);
    // adj: out[i] = checked(x * x)                                                           <L 16>
    if (var_6) {
        adj_a.shape = adj_8;
    }
    // adj: assert (x == x) and i < a.shape[0], 'a \\ msg'                                    <L 15>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_3);
    // adj: x = a[i]                                                                          <L 14>
    // adj: assert i >= 0, "i \"neg\" here"                                                   <L 13>
    // adj: i = wp.tid()                                                                      <L 12>
    // adj: def asserts(a: wp.array(dtype=float), out: wp.array(dtype=float)):                <L 11>
    return;
}



struct asserts_e0d79073_cpu_block_payload_forward
{
    wp_args_asserts_e0d79073* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void asserts_e0d79073_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    asserts_e0d79073_cpu_block_payload_forward* payload = (asserts_e0d79073_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    asserts_e0d79073_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void asserts_e0d79073_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_asserts_e0d79073 *_wp_args)
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
        asserts_e0d79073_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &asserts_e0d79073_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct asserts_e0d79073_cpu_block_payload_backward
{
    wp_args_asserts_e0d79073* args;
    wp_args_asserts_e0d79073* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void asserts_e0d79073_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    asserts_e0d79073_cpu_block_payload_backward* payload = (asserts_e0d79073_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    asserts_e0d79073_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void asserts_e0d79073_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_asserts_e0d79073 *_wp_args,
    wp_args_asserts_e0d79073 *_wp_adj_args)
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
        asserts_e0d79073_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &asserts_e0d79073_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

