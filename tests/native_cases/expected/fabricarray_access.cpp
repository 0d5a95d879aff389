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


// warpsynth/fabricarray_access.py:4
static wp::float32 twice_0(
    wp::fabricarray_t<wp::float32> var_values,
    wp::int32 var_i)
{
    //---------
    // primal vars
    wp::float32* var_0;
    const wp::float32 var_1 = 2.0;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def twice(values: wp.fabricarray(dtype=wp.float32), i: int):                           <L 5>
    // return values[i] * 2.0                                                                 <L 6>
    var_0 = wp::address(var_values, var_i);
    var_3 = wp::load(var_0);
    var_2 = wp::mul(var_3, var_1);
    return var_2;
}


// warpsynth/fabricarray_access.py:4
static void adj_twice_0(
    wp::fabricarray_t<wp::float32> var_values,
    wp::int32 var_i,
    wp::fabricarray_t<wp::float32> & adj_values,
    wp::int32 & adj_i,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    const wp::float32 var_1 = 2.0;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def twice(values: wp.fabricarray(dtype=wp.float32), i: int):                           <L 5>
    // return values[i] * 2.0                                                                 <L 6>
    var_0 = wp::address(var_values, var_i);
    var_3 = wp::load(var_0);
    var_2 = wp::mul(var_3, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_mul(var_3, var_1, adj_0, adj_1, adj_2);
    wp::adj_address(var_values, var_i, adj_values, adj_i, adj_0);
    // adj: return values[i] * 2.0                                                            <L 6>
    // adj: def twice(values: wp.fabricarray(dtype=wp.float32), i: int):                      <L 5>
    return;
}

struct wp_args_fabric_vec_b9d87f8d {
    wp::fabricarray_t<wp::vec_t<3, wp::float32>> a;
    wp::indexedfabricarray_t<wp::vec_t<3, wp::float32>> b;
};


template <bool wp_linear_contiguous>
static void fabric_vec_b9d87f8d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fabric_vec_b9d87f8d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::fabricarray_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::indexedfabricarray_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 3.0;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def fabric_vec(a: wp.fabricarray(dtype=wp.vec3), b: wp.indexedfabricarray(dtype=wp.vec3)):       <L 18>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // b[i] = a[i] + wp.vec3(1.0, 2.0, 3.0)                                                   <L 20>
    var_1 = wp::address(var_a, var_0);
    var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
    var_7 = wp::load(var_1);
    var_6 = wp::add(var_7, var_5);
    wp::array_store(var_b, var_0, var_6);
    // wp.atomic_add(a, i, b[i])                                                              <L 21>
    var_8 = wp::address(var_b, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::atomic_add(var_a, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void fabric_vec_b9d87f8d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fabric_vec_b9d87f8d *_wp_args,
    wp_args_fabric_vec_b9d87f8d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::fabricarray_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::indexedfabricarray_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::fabricarray_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::indexedfabricarray_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 3.0;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    //---------
    // forward
    // def fabric_vec(a: wp.fabricarray(dtype=wp.vec3), b: wp.indexedfabricarray(dtype=wp.vec3)):       <L 18>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // b[i] = a[i] + wp.vec3(1.0, 2.0, 3.0)                                                   <L 20>
    var_1 = wp::address(var_a, var_0);
    var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
    var_7 = wp::load(var_1);
    var_6 = wp::add(var_7, var_5);
    // wp::array_store(var_b, var_0, var_6);
    // wp.atomic_add(a, i, b[i])                                                              <L 21>
    var_8 = wp::address(var_b, var_0);
    var_10 = wp::load(var_8);
    // var_9 = wp::atomic_add(var_a, var_0, var_10);
    //---------
    // reverse
    wp::adj_atomic_add(var_a, var_0, var_10, adj_a, adj_0, adj_8, adj_9);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_8);
    // adj: wp.atomic_add(a, i, b[i])                                                         <L 21>
    wp::adj_array_store(var_b, var_0, var_6, adj_b, adj_0, adj_6);
    wp::adj_add(var_7, var_5, adj_1, adj_5, adj_6);
    wp::adj_vec_t(var_2, var_3, var_4, adj_2, adj_3, adj_4, adj_5);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: b[i] = a[i] + wp.vec3(1.0, 2.0, 3.0)                                              <L 20>
    // adj: i = wp.tid()                                                                      <L 19>
    // adj: def fabric_vec(a: wp.fabricarray(dtype=wp.vec3), b: wp.indexedfabricarray(dtype=wp.vec3)):  <L 18>
    return;
}



struct fabric_vec_b9d87f8d_cpu_block_payload_forward
{
    wp_args_fabric_vec_b9d87f8d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void fabric_vec_b9d87f8d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    fabric_vec_b9d87f8d_cpu_block_payload_forward* payload = (fabric_vec_b9d87f8d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    fabric_vec_b9d87f8d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void fabric_vec_b9d87f8d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fabric_vec_b9d87f8d *_wp_args)
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
        fabric_vec_b9d87f8d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &fabric_vec_b9d87f8d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct fabric_vec_b9d87f8d_cpu_block_payload_backward
{
    wp_args_fabric_vec_b9d87f8d* args;
    wp_args_fabric_vec_b9d87f8d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void fabric_vec_b9d87f8d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    fabric_vec_b9d87f8d_cpu_block_payload_backward* payload = (fabric_vec_b9d87f8d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    fabric_vec_b9d87f8d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void fabric_vec_b9d87f8d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fabric_vec_b9d87f8d *_wp_args,
    wp_args_fabric_vec_b9d87f8d *_wp_adj_args)
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
        fabric_vec_b9d87f8d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &fabric_vec_b9d87f8d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_fabric_db74a922 {
    wp::fabricarray_t<wp::float32> a;
    wp::indexedfabricarray_t<wp::float32> b;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void fabric_db74a922_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fabric_db74a922 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::fabricarray_t<wp::float32> var_a = _wp_args->a;
    wp::indexedfabricarray_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    //---------
    // forward
    // def fabric(a: wp.fabricarray[wp.float32], b: wp.indexedfabricarray[wp.float32], out: wp.array[float]):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // out[i] = twice(a, i) + b[i]                                                            <L 12>
    var_1 = twice_0(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::add(var_1, var_4);
    wp::array_store(var_out, var_0, var_3);
    // a[i] = out[i]                                                                          <L 13>
    var_5 = wp::address(var_out, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    wp::array_store(var_a, var_0, var_6);
    // b[i] += 1.0                                                                            <L 14>
    var_9 = wp::atomic_add(var_b, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void fabric_db74a922_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fabric_db74a922 *_wp_args,
    wp_args_fabric_db74a922 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::fabricarray_t<wp::float32> var_a = _wp_args->a;
    wp::indexedfabricarray_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::fabricarray_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::indexedfabricarray_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
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
    //---------
    // forward
    // def fabric(a: wp.fabricarray[wp.float32], b: wp.indexedfabricarray[wp.float32], out: wp.array[float]):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // out[i] = twice(a, i) + b[i]                                                            <L 12>
    var_1 = twice_0(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::add(var_1, var_4);
    // wp::array_store(var_out, var_0, var_3);
    // a[i] = out[i]                                                                          <L 13>
    var_5 = wp::address(var_out, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // wp::array_store(var_a, var_0, var_6);
    // b[i] += 1.0                                                                            <L 14>
    // var_9 = wp::atomic_add(var_b, var_0, var_8);
    //---------
    // reverse
    wp::adj_atomic_add(var_b, var_0, var_8, adj_b, adj_0, adj_8, adj_9);
    // adj: b[i] += 1.0                                                                       <L 14>
    wp::adj_array_store(var_a, var_0, var_6, adj_a, adj_0, adj_6);
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_5);
    // adj: a[i] = out[i]                                                                     <L 13>
    wp::adj_array_store(var_out, var_0, var_3, adj_out, adj_0, adj_3);
    wp::adj_add(var_1, var_4, adj_1, adj_2, adj_3);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
    adj_twice_0(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: out[i] = twice(a, i) + b[i]                                                       <L 12>
    // adj: i = wp.tid()                                                                      <L 11>
    // adj: def fabric(a: wp.fabricarray[wp.float32], b: wp.indexedfabricarray[wp.float32], out: wp.array[float]):  <L 10>
    return;
}



struct fabric_db74a922_cpu_block_payload_forward
{
    wp_args_fabric_db74a922* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void fabric_db74a922_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    fabric_db74a922_cpu_block_payload_forward* payload = (fabric_db74a922_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    fabric_db74a922_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void fabric_db74a922_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fabric_db74a922 *_wp_args)
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
        fabric_db74a922_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &fabric_db74a922_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct fabric_db74a922_cpu_block_payload_backward
{
    wp_args_fabric_db74a922* args;
    wp_args_fabric_db74a922* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void fabric_db74a922_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    fabric_db74a922_cpu_block_payload_backward* payload = (fabric_db74a922_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    fabric_db74a922_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void fabric_db74a922_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fabric_db74a922 *_wp_args,
    wp_args_fabric_db74a922 *_wp_adj_args)
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
        fabric_db74a922_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &fabric_db74a922_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

