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


// warpsynth/wp_static_parameter_len.py:18
static wp::float32 rows_0(
    wp::mat_t<3, 3, wp::float64> var_m,
    wp::float32 var_s)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 3;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def rows(m: wp.mat33d, s: float):                                                      <L 19>
    // return float(wp.static(len(m))) * s                                                    <L 20>
    var_1 = wp::float(var_0);
    var_2 = wp::mul(var_1, var_s);
    return var_2;
}


// warpsynth/wp_static_parameter_len.py:18
static void adj_rows_0(
    wp::mat_t<3, 3, wp::float64> var_m,
    wp::float32 var_s,
    wp::mat_t<3, 3, wp::float64> & adj_m,
    wp::float32 & adj_s,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 3;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def rows(m: wp.mat33d, s: float):                                                      <L 19>
    // return float(wp.static(len(m))) * s                                                    <L 20>
    var_1 = wp::float(var_0);
    var_2 = wp::mul(var_1, var_s);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_mul(var_1, var_s, adj_1, adj_s, adj_2);
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: return float(wp.static(len(m))) * s                                               <L 20>
    // adj: def rows(m: wp.mat33d, s: float):                                                 <L 19>
    return;
}

struct wp_args_quat_len_kernel_50e3a06c {
    wp::quat_t<wp::float32> q;
    wp::mat_t<2, 3, wp::float32> m;
    wp::vec_t<4, wp::float64> v;
    wp::transform_t<wp::float32> t;
    wp::array_t<wp::int32> out;
};


template <bool wp_linear_contiguous>
static void quat_len_kernel_50e3a06c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_quat_len_kernel_50e3a06c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::quat_t<wp::float32> var_q = _wp_args->q;
    wp::mat_t<2, 3, wp::float32> var_m = _wp_args->m;
    wp::vec_t<4, wp::float64> var_v = _wp_args->v;
    wp::transform_t<wp::float32> var_t = _wp_args->t;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    //---------
    // primal vars
    const wp::int32 var_0 = 4;
    const wp::int32 var_1 = 4;
    const wp::int32 var_2 = 4;
    const wp::int32 var_3 = 4;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 10;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = 9;
    const wp::int32 var_8 = 2;
    const wp::int32 var_9 = 3;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = 2;
    const wp::int32 var_13 = 3;
    //---------
    // forward
    // def quat_len_kernel(q: wp.quat, m: wp.types.matrix((2, 3), float), v: wp.vec4d, t: wp.transform, out: wp.array(dtype=int)):       <L 7>
    // length = wp.static(len(q))                                                             <L 8>
    // wp.expect_eq(wp.static(len(q)), 4)                                                     <L 9>
    wp::expect_eq(var_1, var_2);
    // out[0] = wp.static(len(q))                                                             <L 10>
    wp::array_store(var_out, var_4, var_3);
    // out[1] = wp.static(len(m) + len(v) * 2)                                                <L 11>
    wp::array_store(var_out, var_6, var_5);
    // out[2] = wp.static(len( t ) + len(SIZES))                                              <L 12>
    wp::array_store(var_out, var_8, var_7);
    // out[3] = length                                                                        <L 13>
    wp::array_store(var_out, var_9, var_0);
    // for i in range(wp.static(len(v))):                                                     <L 14>
    // out[i] = i                                                                             <L 15>
    wp::array_store(var_out, var_10, var_10);
    wp::array_store(var_out, var_11, var_11);
    wp::array_store(var_out, var_12, var_12);
    wp::array_store(var_out, var_13, var_13);
}



struct quat_len_kernel_50e3a06c_cpu_block_payload_forward
{
    wp_args_quat_len_kernel_50e3a06c* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void quat_len_kernel_50e3a06c_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    quat_len_kernel_50e3a06c_cpu_block_payload_forward* payload = (quat_len_kernel_50e3a06c_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    quat_len_kernel_50e3a06c_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void quat_len_kernel_50e3a06c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_quat_len_kernel_50e3a06c *_wp_args)
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
        quat_len_kernel_50e3a06c_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &quat_len_kernel_50e3a06c_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_use_rows_8fd3649b {
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void use_rows_8fd3649b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_use_rows_8fd3649b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float64> var_0;
    const wp::float32 var_1 = 2.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    //---------
    // forward
    // def use_rows(out: wp.array(dtype=float)):                                              <L 24>
    // out[0] = rows(wp.mat33d(), 2.0)                                                        <L 25>
    var_0 = wp::mat_t<3, 3, wp::float64>();
    var_2 = rows_0(var_0, var_1);
    wp::array_store(var_out, var_3, var_2);
}



template <bool wp_linear_contiguous>
static void use_rows_8fd3649b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_use_rows_8fd3649b *_wp_args,
    wp_args_use_rows_8fd3649b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float64> var_0;
    const wp::float32 var_1 = 2.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float64> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    //---------
    // forward
    // def use_rows(out: wp.array(dtype=float)):                                              <L 24>
    // out[0] = rows(wp.mat33d(), 2.0)                                                        <L 25>
    var_0 = wp::mat_t<3, 3, wp::float64>();
    var_2 = rows_0(var_0, var_1);
    // wp::array_store(var_out, var_3, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_3, var_2, adj_out, adj_3, adj_2);
    adj_rows_0(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: out[0] = rows(wp.mat33d(), 2.0)                                                   <L 25>
    // adj: def use_rows(out: wp.array(dtype=float)):                                         <L 24>
    return;
}



struct use_rows_8fd3649b_cpu_block_payload_forward
{
    wp_args_use_rows_8fd3649b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void use_rows_8fd3649b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    use_rows_8fd3649b_cpu_block_payload_forward* payload = (use_rows_8fd3649b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    use_rows_8fd3649b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void use_rows_8fd3649b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_use_rows_8fd3649b *_wp_args)
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
        use_rows_8fd3649b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &use_rows_8fd3649b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct use_rows_8fd3649b_cpu_block_payload_backward
{
    wp_args_use_rows_8fd3649b* args;
    wp_args_use_rows_8fd3649b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void use_rows_8fd3649b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    use_rows_8fd3649b_cpu_block_payload_backward* payload = (use_rows_8fd3649b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    use_rows_8fd3649b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void use_rows_8fd3649b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_use_rows_8fd3649b *_wp_args,
    wp_args_use_rows_8fd3649b *_wp_adj_args)
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
        use_rows_8fd3649b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &use_rows_8fd3649b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

