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


// warpsynth/print_values.py:4
static wp::float32 show_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // forward
    // def show(x: float):                                                                    <L 5>
    // print(x)                                                                               <L 6>
    wp::print(var_x);
    // return x * 2.0                                                                         <L 7>
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// warpsynth/print_values.py:4
static void adj_show_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def show(x: float):                                                                    <L 5>
    // print(x)                                                                               <L 6>
    wp::print(var_x);
    // return x * 2.0                                                                         <L 7>
    var_1 = wp::mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * 2.0                                                                    <L 7>
    wp::adj_print(var_x, adj_x);
    // adj: print(x)                                                                          <L 6>
    // adj: def show(x: float):                                                               <L 5>
    return;
}

struct wp_args_prints_6416668e {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> m;
};


template <bool wp_linear_contiguous>
static void prints_6416668e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_prints_6416668e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::mat_t<2, 2, wp::float32>* var_10;
    const wp::float32 var_11 = 2.0;
    wp::mat_t<2, 2, wp::float32> var_12;
    wp::mat_t<2, 2, wp::float32> var_13;
    const bool var_14 = true;
    //---------
    // forward
    // def prints(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22)):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // print(a[i])                                                                            <L 13>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::load(var_1);
    wp::print(var_2);
    // print(v[i])                                                                            <L 14>
    var_3 = wp::address(var_v, var_0);
    var_4 = wp::load(var_3);
    wp::print(var_4);
    // wp.print(i)                                                                            <L 15>
    wp::print(var_0);
    // x = show(a[i]) + 1.0                                                                   <L 16>
    var_5 = wp::address(var_a, var_0);
    var_7 = wp::load(var_5);
    var_6 = show_0(var_7);
    var_9 = wp::add(var_6, var_8);
    // print(x)                                                                               <L 17>
    wp::print(var_9);
    // print(m[i] * 2.0)                                                                      <L 18>
    var_10 = wp::address(var_m, var_0);
    var_13 = wp::load(var_10);
    var_12 = wp::mul(var_13, var_11);
    wp::print(var_12);
    // print(True)                                                                            <L 19>
    wp::print(var_14);
    // a[i] = x                                                                               <L 20>
    wp::array_store(var_a, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void prints_6416668e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_prints_6416668e *_wp_args,
    wp_args_prints_6416668e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m = _wp_adj_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::mat_t<2, 2, wp::float32>* var_10;
    const wp::float32 var_11 = 2.0;
    wp::mat_t<2, 2, wp::float32> var_12;
    wp::mat_t<2, 2, wp::float32> var_13;
    const bool var_14 = true;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::mat_t<2, 2, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::mat_t<2, 2, wp::float32> adj_12 = {};
    wp::mat_t<2, 2, wp::float32> adj_13 = {};
    bool adj_14 = {};
    //---------
    // forward
    // def prints(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22)):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // print(a[i])                                                                            <L 13>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::load(var_1);
    wp::print(var_2);
    // print(v[i])                                                                            <L 14>
    var_3 = wp::address(var_v, var_0);
    var_4 = wp::load(var_3);
    wp::print(var_4);
    // wp.print(i)                                                                            <L 15>
    wp::print(var_0);
    // x = show(a[i]) + 1.0                                                                   <L 16>
    var_5 = wp::address(var_a, var_0);
    var_7 = wp::load(var_5);
    var_6 = show_0(var_7);
    var_9 = wp::add(var_6, var_8);
    // print(x)                                                                               <L 17>
    wp::print(var_9);
    // print(m[i] * 2.0)                                                                      <L 18>
    var_10 = wp::address(var_m, var_0);
    var_13 = wp::load(var_10);
    var_12 = wp::mul(var_13, var_11);
    wp::print(var_12);
    // print(True)                                                                            <L 19>
    wp::print(var_14);
    // a[i] = x                                                                               <L 20>
    // wp::array_store(var_a, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_9, adj_a, adj_0, adj_9);
    // adj: a[i] = x                                                                          <L 20>
    wp::adj_print(var_14, adj_14);
    // adj: print(True)                                                                       <L 19>
    wp::adj_print(var_12, adj_12);
    wp::adj_mul(var_13, var_11, adj_10, adj_11, adj_12);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_10);
    // adj: print(m[i] * 2.0)                                                                 <L 18>
    wp::adj_print(var_9, adj_9);
    // adj: print(x)                                                                          <L 17>
    wp::adj_add(var_6, var_8, adj_6, adj_8, adj_9);
    adj_show_0(var_7, adj_5, adj_6);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
    // adj: x = show(a[i]) + 1.0                                                              <L 16>
    wp::adj_print(var_0, adj_0);
    // adj: wp.print(i)                                                                       <L 15>
    wp::adj_print(var_4, adj_3);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_3);
    // adj: print(v[i])                                                                       <L 14>
    wp::adj_print(var_2, adj_1);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: print(a[i])                                                                       <L 13>
    // adj: i = wp.tid()                                                                      <L 12>
    // adj: def prints(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22)):  <L 11>
    return;
}



struct prints_6416668e_cpu_block_payload_forward
{
    wp_args_prints_6416668e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void prints_6416668e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    prints_6416668e_cpu_block_payload_forward* payload = (prints_6416668e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    prints_6416668e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void prints_6416668e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_prints_6416668e *_wp_args)
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
        prints_6416668e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &prints_6416668e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct prints_6416668e_cpu_block_payload_backward
{
    wp_args_prints_6416668e* args;
    wp_args_prints_6416668e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void prints_6416668e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    prints_6416668e_cpu_block_payload_backward* payload = (prints_6416668e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    prints_6416668e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void prints_6416668e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_prints_6416668e *_wp_args,
    wp_args_prints_6416668e *_wp_adj_args)
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
        prints_6416668e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &prints_6416668e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

