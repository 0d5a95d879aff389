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

struct wp_args_k_002b241d {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void k_002b241d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_002b241d *_wp_args)
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
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 2;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 3;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                           <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // s = float(0.0)                                                                         <L 13>
    var_2 = wp::float(var_1);
    // for j in range(wp.static(N)):                                                          <L 14>
    // s += a[i] * float(j)                                                                   <L 15>
    var_4 = wp::address(var_a, var_0);
    var_5 = wp::float(var_3);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    var_8 = wp::add(var_2, var_6);
    var_10 = wp::address(var_a, var_0);
    var_11 = wp::float(var_9);
    var_13 = wp::load(var_10);
    var_12 = wp::mul(var_13, var_11);
    var_14 = wp::add(var_8, var_12);
    var_16 = wp::address(var_a, var_0);
    var_17 = wp::float(var_15);
    var_19 = wp::load(var_16);
    var_18 = wp::mul(var_19, var_17);
    var_20 = wp::add(var_14, var_18);
    // for j in range(wp.static(LO), wp.static(N + 2), wp.static(STEPS[0])):                  <L 16>
    // s += float(j)                                                                          <L 17>
    var_22 = wp::float(var_21);
    var_23 = wp::add(var_20, var_22);
    var_25 = wp::float(var_24);
    var_26 = wp::add(var_23, var_25);
    // for j in range(wp.static(N * 7)):                                                      <L 18>
    var_27 = 0;
    start_for_0:;
        if (var_27 >= 21) goto end_for_0;
        var_28 = var_27;
        var_27 += 1;
        // s += a[i]                                                                          <L 19>
        var_29 = wp::address(var_a, var_0);
        var_31 = wp::load(var_29);
        var_30 = wp::add(var_26, var_31);
        wp::assign(var_26, var_30);
        goto start_for_0;
    end_for_0:;
    // out[i] = s                                                                             <L 20>
    wp::array_store(var_out, var_0, var_26);
}



template <bool wp_linear_contiguous>
static void k_002b241d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_002b241d *_wp_args,
    wp_args_k_002b241d *_wp_adj_args)
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
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 2;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 3;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
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
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                           <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // s = float(0.0)                                                                         <L 13>
    var_2 = wp::float(var_1);
    // for j in range(wp.static(N)):                                                          <L 14>
    // s += a[i] * float(j)                                                                   <L 15>
    var_4 = wp::address(var_a, var_0);
    var_5 = wp::float(var_3);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    var_8 = wp::add(var_2, var_6);
    var_10 = wp::address(var_a, var_0);
    var_11 = wp::float(var_9);
    var_13 = wp::load(var_10);
    var_12 = wp::mul(var_13, var_11);
    var_14 = wp::add(var_8, var_12);
    var_16 = wp::address(var_a, var_0);
    var_17 = wp::float(var_15);
    var_19 = wp::load(var_16);
    var_18 = wp::mul(var_19, var_17);
    var_20 = wp::add(var_14, var_18);
    // for j in range(wp.static(LO), wp.static(N + 2), wp.static(STEPS[0])):                  <L 16>
    // s += float(j)                                                                          <L 17>
    var_22 = wp::float(var_21);
    var_23 = wp::add(var_20, var_22);
    var_25 = wp::float(var_24);
    var_26 = wp::add(var_23, var_25);
    // for j in range(wp.static(N * 7)):                                                      <L 18>
    var_27 = 0;
    // out[i] = s                                                                             <L 20>
    // wp::array_store(var_out, var_0, var_26);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_26, adj_out, adj_0, adj_26);
    // adj: out[i] = s                                                                        <L 20>
    var_27 = 20;
    start_for_0:;
    	if (var_27 < 0) goto end_for_0;
    	var_28 = var_27;
    	var_27 -= 1;
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
        // s += a[i]                                                                          <L 19>
        var_29 = wp::address(var_a, var_0);
        var_31 = wp::load(var_29);
        var_30 = wp::add(var_26, var_31);
        wp::assign(var_26, var_30);
        wp::adj_assign(var_26, var_30, adj_26, adj_30);
        wp::adj_add(var_26, var_31, adj_26, adj_29, adj_30);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_29);
        // adj: s += a[i]                                                                     <L 19>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in range(wp.static(N * 7)):                                                 <L 18>
    wp::adj_add(var_23, var_25, adj_23, adj_25, adj_26);
    wp::adj_float(var_24, adj_24, adj_25);
    wp::adj_add(var_20, var_22, adj_20, adj_22, adj_23);
    wp::adj_float(var_21, adj_21, adj_22);
    // adj: s += float(j)                                                                     <L 17>
    // adj: for j in range(wp.static(LO), wp.static(N + 2), wp.static(STEPS[0])):             <L 16>
    wp::adj_add(var_14, var_18, adj_14, adj_18, adj_20);
    wp::adj_mul(var_19, var_17, adj_16, adj_17, adj_18);
    wp::adj_float(var_15, adj_15, adj_17);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_16);
    wp::adj_add(var_8, var_12, adj_8, adj_12, adj_14);
    wp::adj_mul(var_13, var_11, adj_10, adj_11, adj_12);
    wp::adj_float(var_9, adj_9, adj_11);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_10);
    wp::adj_add(var_2, var_6, adj_2, adj_6, adj_8);
    wp::adj_mul(var_7, var_5, adj_4, adj_5, adj_6);
    wp::adj_float(var_3, adj_3, adj_5);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_4);
    // adj: s += a[i] * float(j)                                                              <L 15>
    // adj: for j in range(wp.static(N)):                                                     <L 14>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: s = float(0.0)                                                                    <L 13>
    // adj: i = wp.tid()                                                                      <L 12>
    // adj: def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                      <L 11>
    return;
}



struct k_002b241d_cpu_block_payload_forward
{
    wp_args_k_002b241d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_002b241d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_002b241d_cpu_block_payload_forward* payload = (k_002b241d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_002b241d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_002b241d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_002b241d *_wp_args)
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
        k_002b241d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_002b241d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_002b241d_cpu_block_payload_backward
{
    wp_args_k_002b241d* args;
    wp_args_k_002b241d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_002b241d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_002b241d_cpu_block_payload_backward* payload = (k_002b241d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_002b241d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_002b241d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_002b241d *_wp_args,
    wp_args_k_002b241d *_wp_adj_args)
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
        k_002b241d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_002b241d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

